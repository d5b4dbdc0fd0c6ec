// Entities (not merged into another) whose name or an alias contains the words, best first.
import { Prisma } from "../db/generated/client";
import type { EntityHit } from "./hits";
import { RANK_WINDOW, withIndexScans } from "./ranked-window";
import type { KindResult } from "./search-documents";
import { tsquery } from "./tsquery";

export async function searchEntities(projectId: string, q: string, limit: number): Promise<KindResult<EntityHit>> {
  const rows = await withIndexScans<{ id: string; kind: string; name: string; aliases: string[]; rank: number; matches: bigint }>(Prisma.sql`
    WITH found AS MATERIALIZED (
      SELECT e.id, ts_rank_cd(e."searchVector", ${tsquery(q)}) AS rank
      FROM "Entity" e
      WHERE e."projectId" = ${projectId} AND e."mergedIntoId" IS NULL AND e."searchVector" @@ ${tsquery(q)}
      LIMIT ${RANK_WINDOW + 1}),
    best AS (SELECT id, rank FROM found ORDER BY rank DESC, id LIMIT ${limit})
    SELECT e.id, e.kind::text AS kind, e.name, e.aliases, best.rank, (SELECT count(*) FROM found) AS matches
    FROM best JOIN "Entity" e ON e.id = best.id AND e."projectId" = ${projectId}
    ORDER BY best.rank DESC, e.id`);
  return {
    hits: rows.map((r) => ({ kind: "entity", rank: r.rank, id: r.id, entityKind: r.kind, name: r.name, aliases: r.aliases })),
    limited: Number(rows[0]?.matches ?? 0) > RANK_WINDOW,
  };
}
