// Sources whose newest version contains the words: the best RANK_WINDOW found, ranked, with the
// excerpt around the first match (offsets in the source's text).
import { type PageBounds, pageAt } from "../anchoring/page-range";
import { Prisma } from "../db/generated/client";
import type { DocumentHit } from "./hits";
import { RANK_WINDOW, withIndexScans } from "./ranked-window";
import { snippetOf } from "./snippet";
import { inIds, tsquery } from "./tsquery";

export interface KindResult<T> {
  hits: T[];
  /** More matches than RANK_WINDOW: only that many were ranked. */
  limited: boolean;
}

export async function searchDocuments(projectId: string, q: string, terms: string[], docIds: string[] | undefined, limit: number): Promise<KindResult<DocumentHit>> {
  const rows = await withIndexScans<{ id: string; title: string; text: string; version: number; length: number; pages: PageBounds[] | null; rank: number; matches: bigint }>(Prisma.sql`
    WITH found AS MATERIALIZED (
      SELECT d.id, ts_rank_cd(d."searchVector", ${tsquery(q)}) AS rank
      FROM "Document" d
      WHERE d."projectId" = ${projectId} AND d."searchVector" @@ ${tsquery(q)}
        ${inIds(Prisma.sql`d.id`, docIds)}
        AND NOT EXISTS (SELECT 1 FROM "Document" n WHERE n."projectId" = d."projectId" AND n."lineageId" = d."lineageId" AND n.version > d.version)
      LIMIT ${RANK_WINDOW + 1}),
    best AS (SELECT id, rank FROM found ORDER BY rank DESC, id LIMIT ${limit})
    SELECT d.id, d.title, d.text, d.version, d.length, d.pages, best.rank, (SELECT count(*) FROM found) AS matches
    FROM best JOIN "Document" d ON d.id = best.id AND d."projectId" = ${projectId}
    ORDER BY best.rank DESC, d.id`);
  return {
    hits: rows.map((r) => {
      const snippet = snippetOf(r.text, terms);
      const page = snippet?.matches[0] ? pageAt(r.pages, snippet.matches[0].start) : null;
      return { kind: "document", rank: r.rank, id: r.id, title: r.title, version: r.version, length: r.length, snippet, ...(page !== null ? { page } : {}) };
    }),
    limited: Number(rows[0]?.matches ?? 0) > RANK_WINDOW,
  };
}
