// Annotations as evidence: the exact words, their UTF-16 offsets and the document they are in,
// including annotations since deleted (a claim's history may name them).
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

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
}

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
    select: { id: true, title: true, publisher: true },
  });
  const docs = new Map(documents.map((d) => [d.id, d]));
  const found = new Map(annotations.map((a) => [a.id, a]));
  return new Map(
    ids.map((id) => {
      const a = found.get(id);
      const d = a ? docs.get(a.documentId) : undefined;
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
        },
      ];
    }),
  );
}
