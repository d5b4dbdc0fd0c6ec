// Sources whose newest version contains the words, every match ranked (see ranked-items.ts), a
// page of them with the excerpt around the first match (offsets in the source's text).
import { type PageBounds, pageAt } from "../anchoring/page-range";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Candidate, DocumentHit } from "./hits";
import type { KindSearch } from "./kind-search";
import { eachItem, rankedItems } from "./ranked-items";
import { kindAfter } from "./search-cursor";
import { snippetOf } from "./snippet";
import { inIds, tsquery } from "./tsquery";

export async function searchDocuments({ projectId, q, terms, words, docIds, limit, after }: KindSearch): Promise<Candidate<DocumentHit>[]> {
  if (words.words.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string; title: string; text: string; version: number; length: number; pages: PageBounds[] | null; rank: number }[]>(Prisma.sql`
    SELECT d.id, d.title, d.text, d.version, d.length, d.pages, r.rank
    FROM ${rankedItems(projectId, "d", words, kindAfter("document", after))} r
    ${eachItem(Prisma.sql`
      SELECT d.id, d.title, d.text, d.version, d.length, d.pages FROM "Document" d
      WHERE d.id = r.id AND d."projectId" = ${projectId} AND d."searchVector" @@ ${tsquery(q)}
        ${inIds(Prisma.sql`d.id`, docIds)}
        AND NOT EXISTS (SELECT 1 FROM "Document" n WHERE n."projectId" = d."projectId" AND n."lineageId" = d."lineageId" AND n.version > d.version)`)} d
    ORDER BY r.rank DESC, r.id
    LIMIT ${limit}`);
  return rows.map((r) => ({
    kind: "document",
    rank: r.rank,
    id: r.id,
    hit: (): DocumentHit => {
      const snippet = snippetOf(r.text, terms);
      const page = snippet?.matches[0] ? pageAt(r.pages, snippet.matches[0].start) : null;
      return { kind: "document", rank: r.rank, id: r.id, title: r.title, version: r.version, length: r.length, snippet, ...(page !== null ? { page } : {}) };
    },
  }));
}
