// Active annotations whose quote or note contains the words (any version of the given sources),
// the best RANK_WINDOW found, ranked; the excerpt's offsets are in the quote.
import { type PageBounds, pageAt } from "../anchoring/page-range";
import { Prisma } from "../db/generated/client";
import type { AnnotationHit } from "./hits";
import { RANK_WINDOW, withIndexScans } from "./ranked-window";
import type { KindResult } from "./search-documents";
import { snippetOf } from "./snippet";
import { inIds, tsquery } from "./tsquery";

interface Row {
  id: string;
  documentId: string;
  start: number;
  end: number;
  exact: string;
  note: string | null;
  title: string;
  pages: PageBounds[] | null;
  rank: number;
  matches: bigint;
}

export async function searchAnnotations(projectId: string, q: string, terms: string[], docIds: string[] | undefined, limit: number): Promise<KindResult<AnnotationHit>> {
  const rows = await withIndexScans<Row>(Prisma.sql`
    WITH found AS MATERIALIZED (
      SELECT a.id, ts_rank_cd(a."searchVector", ${tsquery(q)}) AS rank
      FROM "Annotation" a
      WHERE a."projectId" = ${projectId} AND a."deletedAt" IS NULL AND a.status = 'active' AND a."searchVector" @@ ${tsquery(q)}
        ${inIds(Prisma.sql`a."documentId"`, docIds)}
      LIMIT ${RANK_WINDOW + 1}),
    best AS (SELECT id, rank FROM found ORDER BY rank DESC, id LIMIT ${limit})
    SELECT a.id, a."documentId", a.start, a."end", a.exact, a.note, d.title, d.pages, best.rank, (SELECT count(*) FROM found) AS matches
    FROM best
      JOIN "Annotation" a ON a.id = best.id AND a."projectId" = ${projectId}
      JOIN "Document" d ON d.id = a."documentId" AND d."projectId" = ${projectId}
    ORDER BY best.rank DESC, a.id`);
  return {
    hits: rows.map((r) => ({
      kind: "annotation",
      rank: r.rank,
      id: r.id,
      documentId: r.documentId,
      documentTitle: r.title,
      start: r.start,
      end: r.end,
      exact: r.exact,
      note: r.note,
      snippet: snippetOf(r.exact, terms),
      ...(r.pages && r.pages.length > 0 ? { page: pageAt(r.pages, r.start)! } : {}),
    })),
    limited: Number(rows[0]?.matches ?? 0) > RANK_WINDOW,
  };
}
