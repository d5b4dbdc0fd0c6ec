// Imports annotations from a W3C or Hypothesis file onto the project's documents, placing each
// target by its quote, and reports what was created and, for everything else, why not. Every
// annotation is created through createAnnotation (its own event); one more event records the import.
import type { ProjectAccess } from "../access/authorize-project";
import { createAnnotation } from "../annotations/create-annotation";
import { db } from "../db/client";
import { AppError } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { documentMatcher } from "./match-documents";
import { parseImport } from "./parse-import";
import { placeItem } from "./place-item";
import { IMPORT_MAX_TARGETS } from "./schemas";

export interface ImportReport {
  total: number;
  created: { index: number; target: number; annotationId: string; documentId: string; start: number; end: number; exact: string }[];
  failed: { index: number; target: number | null; reason: string; message: string; source?: string | null }[];
}

export async function importAnnotations(access: ProjectAccess, input: unknown, options: { documentId?: string } = {}): Promise<ImportReport> {
  const { items, problems } = parseImport(input);
  if (items.length > IMPORT_MAX_TARGETS) {
    throw new AppError("payload_too_large", `The file holds ${items.length} targets; import at most ${IMPORT_MAX_TARGETS} at a time.`);
  }
  const match = documentMatcher(access.projectId, options.documentId);
  const report: ImportReport = { total: items.length + problems.length, created: [], failed: [...problems] };
  for (const item of items) {
    const where = { index: item.index, target: item.target };
    const doc = await match(item.source);
    if (!doc.ok) {
      report.failed.push({ ...where, reason: doc.reason, message: doc.message, source: item.source });
      continue;
    }
    const place = placeItem(doc.text, item, doc.sameVersion);
    if (!place.ok) {
      report.failed.push({ ...where, reason: place.reason, message: place.message, source: item.source });
      continue;
    }
    const existing = await db().annotation.findFirst({
      where: { projectId: access.projectId, documentId: doc.documentId, start: place.start, end: place.end, createdById: access.userId, deletedAt: null },
      select: { id: true },
    });
    if (existing) {
      report.failed.push({ ...where, reason: "duplicate", message: `You already have annotation ${existing.id} on exactly this span.`, source: item.source });
      continue;
    }
    const created = await createAnnotation(access, doc.documentId, { start: place.start, end: place.end, ...(item.note ? { note: item.note } : {}) });
    report.created.push({ ...where, annotationId: created.id, documentId: created.documentId, start: created.start, end: created.end, exact: created.exact });
  }
  report.failed.sort((a, b) => a.index - b.index || (a.target ?? -1) - (b.target ?? -1));
  await db().$transaction((tx) =>
    appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "annotations.imported",
      subjectType: "project",
      subjectId: access.projectId,
      data: { total: report.total, created: report.created.length, failed: report.failed.length, documentId: options.documentId ?? null },
    }),
  );
  return report;
}
