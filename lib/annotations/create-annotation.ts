import type postgres from "postgres";
import type { ProjectAccess } from "../access/authorize-project";
import type { PageBounds } from "../anchoring/page-range";
import type { SpanDescription } from "../anchoring/types";
import { sql } from "../db/sql";
import { readDocumentText } from "../documents/read-document-text";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { sequenceProject } from "../log/sequence-project";
import { stagedEvents } from "../provenance/append-event";
import { annotationView } from "./annotation-view";
import { locateSpan } from "./locate-span";
import type { TCreateAnnotation } from "./schemas";

interface Written {
  newestId: string;
  id: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

/**
 * Annotates a span of the newest version of a document; its first anchor is recorded with it.
 * The annotation, its anchor and its `annotation.created` event are written by ONE statement, so
 * they commit or vanish together (the event joins the project's chain at that statement's commit,
 * lib/provenance/append-event.ts), and the newest-version check is part of the same statement.
 */
export async function createAnnotation(access: ProjectAccess, documentId: string, input: TCreateAnnotation, options: { id?: string } = {}) {
  const document = await readDocumentText(access.projectId, documentId);
  if (!document) throw notFound("document");
  const span = locateSpan(document.text, input);
  const id = options.id ?? newId("ann");
  const note = input.note ?? null;
  const written = await writeAnnotation(access, { id, documentId, span, note });
  if (!written) throw notFound("document");
  if (written.id === null || !written.createdAt || !written.updatedAt) {
    throw new AppError("conflict", "This is an old version of the document; annotate the newest version.", { details: { newestDocumentId: written.newestId } });
  }
  // Into the Merkle tree now that the statement committed, as every write does before it answers.
  await sequenceProject(access.projectId).catch((error: unknown) => console.error("after-commit work failed:", error));
  const row = { id, projectId: access.projectId, documentId, ...span, status: "active" as const, note, orphan: null, createdById: access.userId, createdAt: written.createdAt, updatedAt: written.updatedAt };
  return annotationView(row, { ...row, confidence: 1, method: "created" }, document.pages as PageBounds[] | null);
}

async function writeAnnotation(access: ProjectAccess, a: { id: string; documentId: string; span: SpanDescription; note: string | null }): Promise<Written | undefined> {
  const { projectId, userId } = access;
  const { span } = a;
  const staged = stagedEvents(projectId, [
    { actorId: userId, type: "annotation.created", subjectType: "annotation", subjectId: a.id, data: { after: { documentId: a.documentId, ...span, note: a.note } } },
  ]);
  // The document must be the newest version of its lineage; otherwise nothing is inserted and the
  // newest version's id comes back alone.
  const [row] = await sql()<Written[]>`
    WITH doc AS (
      SELECT d."id", d."projectId", d."lineageId",
        (SELECT n."id" FROM "Document" n WHERE n."projectId" = d."projectId" AND n."lineageId" = d."lineageId" ORDER BY n."version" DESC LIMIT 1) AS "newestId"
      FROM "Document" d WHERE d."projectId" = ${projectId} AND d."id" = ${a.documentId}
    ), annotation AS (
      INSERT INTO "Annotation" ("id", "projectId", "documentId", "lineageId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "note", "createdById")
      SELECT ${a.id}::text, doc."projectId", doc."id", doc."lineageId", ${span.start}::int, ${span.end}::int, ${span.exact}::text, ${span.prefix}::text, ${span.suffix}::text,
        ${span.codePointStart}::int, ${span.codePointEnd}::int, ${a.note}::text, ${userId}::text
      FROM doc WHERE doc."newestId" = doc."id"
      RETURNING "id", "projectId", "documentId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "createdById", "createdAt", "updatedAt"
    ), anchor AS (
      INSERT INTO "AnnotationAnchor" ("projectId", "annotationId", "documentId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "confidence", "method", "createdById")
      SELECT annotation."projectId", annotation."id", annotation."documentId", annotation."start", annotation."end", annotation."exact", annotation."prefix", annotation."suffix",
        annotation."codePointStart", annotation."codePointEnd", 1, 'created', annotation."createdById"
      FROM annotation
    ), staged AS (
      INSERT INTO "EventStage" ("projectId", "createdAt", "events")
      SELECT annotation."projectId", ${staged.createdAt}::timestamptz, ${sql().json(staged.events as postgres.JSONValue)} FROM annotation
    )
    SELECT doc."newestId", annotation."id", annotation."createdAt", annotation."updatedAt" FROM doc LEFT JOIN annotation ON true`;
  return row;
}
