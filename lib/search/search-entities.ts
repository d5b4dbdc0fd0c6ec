// Entities (not merged into another) whose name or an alias contains the words, every match
// ranked (see ranked-items.ts), a page of them.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Candidate, EntityHit } from "./hits";
import type { KindSearch } from "./kind-search";
import { eachItem, rankedItems } from "./ranked-items";
import { kindAfter } from "./search-cursor";
import { tsquery } from "./tsquery";

export async function searchEntities({ projectId, q, words, limit, after }: KindSearch): Promise<Candidate<EntityHit>[]> {
  if (words.words.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string; kind: string; name: string; aliases: string[]; rank: number }[]>(Prisma.sql`
    SELECT e.id, e.kind, e.name, e.aliases, r.rank
    FROM ${rankedItems(projectId, "e", words, kindAfter("entity", after))} r
    ${eachItem(Prisma.sql`
      SELECT e.id, e.kind::text AS kind, e.name, e.aliases FROM "Entity" e
      WHERE e.id = r.id AND e."projectId" = ${projectId} AND e."mergedIntoId" IS NULL AND e."searchVector" @@ ${tsquery(q)}`)} e
    ORDER BY r.rank DESC, r.id
    LIMIT ${limit}`);
  return rows.map((r) => ({
    kind: "entity",
    rank: r.rank,
    id: r.id,
    hit: (): EntityHit => ({ kind: "entity", rank: r.rank, id: r.id, entityKind: r.kind, name: r.name, aliases: r.aliases }),
  }));
}
