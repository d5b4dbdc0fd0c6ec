// Writes an import's annotations, their first anchors and their `annotation.created` events inside
// the caller's transaction: the same rows and events as annotating each span by hand
// (lib/annotations/insert-annotations.ts), but one statement per table however many there are.
// Thousands of rows through the ORM's createMany cost seconds of query compilation and row
// mapping in the app process, for rows nobody reads back; here they travel as one JSON value that
// PostgreSQL unpacks itself.
import type { ProjectAccess } from "../access/authorize-project";
import type { NewAnnotation } from "../annotations/insert-annotations";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { appendEvents } from "../provenance/append-event";

export async function insertImportedAnnotations(tx: Tx, access: ProjectAccess, items: readonly NewAnnotation[]): Promise<void> {
  if (items.length === 0) return;
  const { projectId, userId } = access;
  const documentIds = [...new Set(items.map((i) => i.documentId))];
  // Each document with the newest version of its lineage: checked inside the transaction, so a new
  // version committed meanwhile is seen and the import refused rather than placed on the old text.
  const documents = await tx.$queryRaw<{ id: string; lineageId: string; newestId: string }[]>`
    SELECT d."id", d."lineageId",
      (SELECT n."id" FROM "Document" n WHERE n."projectId" = d."projectId" AND n."lineageId" = d."lineageId" ORDER BY n."version" DESC LIMIT 1) AS "newestId"
    FROM "Document" d WHERE d."projectId" = ${projectId} AND d."id" = ANY(${documentIds})`;
  const lineageOf = new Map(documents.map((d) => [d.id, d.lineageId]));
  for (const document of documents) {
    if (document.newestId !== document.id) {
      throw new AppError("conflict", "This is an old version of the document; annotate the newest version.", { details: { newestDocumentId: document.newestId } });
    }
  }
  const rows = JSON.stringify(items.map((i) => ({ id: i.id, documentId: i.documentId, lineageId: lineageOf.get(i.documentId) ?? i.documentId, ...i.span, note: i.note })));
  await tx.$executeRaw`
    INSERT INTO "Annotation" ("id", "projectId", "documentId", "lineageId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "note", "createdById")
    SELECT r."id", ${projectId}, r."documentId", r."lineageId", r."start", r."end", r."exact", r."prefix", r."suffix", r."codePointStart", r."codePointEnd", r."note", ${userId}
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("id" text, "documentId" text, "lineageId" text, "start" int, "end" int, "exact" text, "prefix" text, "suffix" text, "codePointStart" int, "codePointEnd" int, "note" text)`;
  await tx.$executeRaw`
    INSERT INTO "AnnotationAnchor" ("projectId", "annotationId", "documentId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "confidence", "method", "createdById")
    SELECT ${projectId}, r."id", r."documentId", r."start", r."end", r."exact", r."prefix", r."suffix", r."codePointStart", r."codePointEnd", 1, 'created', ${userId}
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("id" text, "documentId" text, "start" int, "end" int, "exact" text, "prefix" text, "suffix" text, "codePointStart" int, "codePointEnd" int)`;
  await appendEvents(
    tx,
    projectId,
    items.map((i) => ({ actorId: userId, type: "annotation.created", subjectType: "annotation", subjectId: i.id, data: { after: { documentId: i.documentId, ...i.span, note: i.note } } })),
  );
}
