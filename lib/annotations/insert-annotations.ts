// Writes annotations, their first anchors and their `annotation.created` events inside the caller's
// transaction, so a single span and a whole import both commit or vanish as one.
import type { ProjectAccess } from "../access/authorize-project";
import type { SpanDescription } from "../anchoring/types";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { appendEvents } from "../provenance/append-event";

export interface NewAnnotation {
  id: string;
  documentId: string;
  span: SpanDescription;
  note: string | null;
}

export async function insertAnnotations(tx: Tx, access: ProjectAccess, items: readonly NewAnnotation[]) {
  if (items.length === 0) return [];
  const documentIds = [...new Set(items.map((i) => i.documentId))];
  const documents = await tx.document.findMany({ where: { projectId: access.projectId, id: { in: documentIds } }, select: { id: true, lineageId: true, version: true } });
  const lineageOf = new Map(documents.map((d) => [d.id, d.lineageId]));
  for (const document of documents) {
    const newer = await tx.document.findFirst({ where: { projectId: access.projectId, lineageId: document.lineageId, version: { gt: document.version } }, select: { id: true } });
    if (newer) throw new AppError("conflict", "This is an old version of the document; annotate the newest version.", { details: { newestDocumentId: newer.id } });
  }
  const { projectId, userId } = access;
  const rows = items.map((i) => ({ id: i.id, projectId, documentId: i.documentId, lineageId: lineageOf.get(i.documentId) ?? i.documentId, ...i.span, note: i.note, createdById: userId }));
  await tx.annotation.createMany({ data: rows });
  await tx.annotationAnchor.createMany({
    data: items.map((i) => ({ projectId, annotationId: i.id, documentId: i.documentId, ...i.span, confidence: 1, method: "created", createdById: userId })),
  });
  await appendEvents(
    tx,
    projectId,
    items.map((i) => ({ actorId: userId, type: "annotation.created", subjectType: "annotation", subjectId: i.id, data: { after: { documentId: i.documentId, ...i.span, note: i.note } } })),
  );
  return tx.annotation.findMany({ where: { projectId, id: { in: items.map((i) => i.id) } } });
}
