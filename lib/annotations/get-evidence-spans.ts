// Annotations as evidence: the exact words, their UTF-16 offsets and the document they are in,
// including annotations since deleted (a claim's history may name them), and on a paged source
// (PDF) the pages they stand on, from the document's pages.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { pageSpan } from "../sources/pdf/page-at";

export interface EvidenceSpan {
  annotationId: string;
  documentId: string | null;
  documentTitle: string | null;
  publisher: string | null;
  start: number | null;
  end: number | null;
  exact: string | null;
  /** active, orphaned or retired; "deleted" when the annotation was removed or is unknown. */
  status: string;
  /** First and last page (physical, from 1) on a paged source; null elsewhere. */
  pageStart?: number | null;
  pageEnd?: number | null;
}

type PageRange = { number: number; start: number; end: number };

export async function getEvidenceSpans(access: ProjectAccess, annotationIds: Iterable<string>): Promise<Map<string, EvidenceSpan>> {
  const { projectId } = access;
  const ids = [...new Set(annotationIds)];
  if (ids.length === 0) return new Map();
  const annotations = await db().annotation.findMany({
    where: { projectId, id: { in: ids } },
    select: { id: true, documentId: true, start: true, end: true, exact: true, status: true, deletedAt: true },
  });
  const documents = await db().document.findMany({
    where: { projectId, id: { in: [...new Set(annotations.map((a) => a.documentId))] } },
    select: { id: true, title: true, publisher: true, pages: true },
  });
  const docs = new Map(documents.map((d) => [d.id, d]));
  const found = new Map(annotations.map((a) => [a.id, a]));
  return new Map(
    ids.map((id) => {
      const a = found.get(id);
      const d = a ? docs.get(a.documentId) : undefined;
      const pages = Array.isArray(d?.pages) && a ? pageSpan(d.pages as PageRange[], a.start, a.end) : null;
      return [
        id,
        {
          annotationId: id,
          documentId: a?.documentId ?? null,
          documentTitle: d?.title ?? null,
          publisher: d?.publisher ?? null,
          start: a?.start ?? null,
          end: a?.end ?? null,
          exact: a?.exact ?? null,
          status: a ? (a.deletedAt ? "deleted" : a.status) : "deleted",
          pageStart: pages?.pageStart ?? null,
          pageEnd: pages?.pageEnd ?? null,
        },
      ];
    }),
  );
}
