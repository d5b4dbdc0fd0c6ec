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
  // Each document with the newest version of its lineage, in one statement: the check runs inside
  // the transaction, so a new version committed meanwhile is seen.
  const documents = await tx.$queryRaw<{ id: string; lineageId: string; newestId: string }[]>`
    SELECT d."id", d."lineageId",
      (SELECT n."id" FROM "Document" n WHERE n."projectId" = d."projectId" AND n."lineageId" = d."lineageId" ORDER BY n."version" DESC LIMIT 1) AS "newestId"
    FROM "Document" d WHERE d."projectId" = ${access.projectId} AND d."id" = ANY(${documentIds})`;
  const lineageOf = new Map(documents.map((d) => [d.id, d.lineageId]));
  for (const document of documents) {
    if (document.newestId !== document.id) {
      throw new AppError("conflict", "This is an old version of the document; annotate the newest version.", { details: { newestDocumentId: document.newestId } });
    }
  }
  const { projectId, userId } = access;
  const rows = items.map((i) => ({ id: i.id, projectId, documentId: i.documentId, lineageId: lineageOf.get(i.documentId) ?? i.documentId, ...i.span, note: i.note, createdById: userId }));
  const created = await tx.annotation.createManyAndReturn({ data: rows });
  await tx.annotationAnchor.createMany({
    data: items.map((i) => ({ projectId, annotationId: i.id, documentId: i.documentId, ...i.span, confidence: 1, method: "created", createdById: userId })),
  });
  await appendEvents(
    tx,
    projectId,
    items.map((i) => ({ actorId: userId, type: "annotation.created", subjectType: "annotation", subjectId: i.id, data: { after: { documentId: i.documentId, ...i.span, note: i.note } } })),
  );
  return created;
}
