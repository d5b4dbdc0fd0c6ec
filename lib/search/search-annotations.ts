// Active annotations whose quote or note contains the words (any version of the given sources),
// every match ranked (see ranked-items.ts), a page of them; the excerpt's offsets are in the quote.
import { type PageBounds, pageAt } from "../anchoring/page-range";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { AnnotationHit, Candidate } from "./hits";
import type { KindSearch } from "./kind-search";
import { eachItem, rankedItems } from "./ranked-items";
import { kindAfter } from "./search-cursor";
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
}

export async function searchAnnotations({ projectId, q, terms, words, docIds, limit, after }: KindSearch): Promise<Candidate<AnnotationHit>[]> {
  if (words.words.length === 0) return [];
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    SELECT a.id, a."documentId", a.start, a."end", a.exact, a.note, d.title, d.pages, r.rank
    FROM ${rankedItems(projectId, "a", words, kindAfter("annotation", after))} r
    ${eachItem(Prisma.sql`
      SELECT a.id, a."documentId", a.start, a."end", a.exact, a.note FROM "Annotation" a
      WHERE a.id = r.id AND a."projectId" = ${projectId} AND a."deletedAt" IS NULL AND a.status = 'active' AND a."searchVector" @@ ${tsquery(q)}
        ${inIds(Prisma.sql`a."documentId"`, docIds)}`)} a
    JOIN "Document" d ON d.id = a."documentId" AND d."projectId" = ${projectId}
    ORDER BY r.rank DESC, r.id
    LIMIT ${limit}`);
  return rows.map((r) => ({
    kind: "annotation",
    rank: r.rank,
    id: r.id,
    hit: (): AnnotationHit => ({
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
    }),
  }));
}
