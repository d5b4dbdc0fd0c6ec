// Imports annotations from a W3C or Hypothesis file onto the project's documents, placing each
// target by its quote, and reports what was created and, for everything else, why not. Every
// placement is decided first; then all annotations, their events and the import's own event are
// written in one transaction, so an import interrupted half-way (a crash) leaves none of it.
import type { ProjectAccess } from "../access/authorize-project";
import { createCodePointIndex, type CodePointIndex } from "../anchoring/code-points";
import { describeSpan } from "../anchoring/describe-span";
import { createQuoteIndex, type QuoteIndex } from "../anchoring/quote-index";
import type { NewAnnotation } from "../annotations/insert-annotations";
import { db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { insertImportedAnnotations } from "./insert-imported-annotations";
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
  const placed: { where: { index: number; target: number }; item: (typeof items)[number]; documentId: string; text: string; start: number; end: number }[] = [];
  // Built once per document: thousands of quotes are looked for in the same text.
  const quoteIndexes = new Map<string, QuoteIndex>();
  const quoteIndexOf = (documentId: string, text: string) => quoteIndexes.get(documentId) ?? quoteIndexes.set(documentId, createQuoteIndex(text)).get(documentId)!;
  for (const item of items) {
    const where = { index: item.index, target: item.target };
    const doc = await match(item.source);
    if (!doc.ok) {
      report.failed.push({ ...where, reason: doc.reason, message: doc.message, source: item.source });
      continue;
    }
    const place = placeItem(doc.text, item, doc.sameVersion, quoteIndexOf(doc.documentId, doc.text));
    if (!place.ok) {
      report.failed.push({ ...where, reason: place.reason, message: place.message, source: item.source });
      continue;
    }
    placed.push({ where, item, documentId: doc.documentId, text: doc.text, start: place.start, end: place.end });
  }
  // One query for the caller's spans already on these documents, rather than one per annotation.
  const existing = await existingSpans(access, [...new Set(placed.map((p) => p.documentId))]);
  const annotations: NewAnnotation[] = [];
  // Built once per document: describing each span from scratch would scan the whole text each time.
  const indexes = new Map<string, CodePointIndex>();
  const codePointIndexOf = (documentId: string, text: string) => indexes.get(documentId) ?? indexes.set(documentId, createCodePointIndex(text)).get(documentId)!;
  for (const { where, item, documentId, text, start, end } of placed) {
    const key = spanKey(documentId, start, end);
    const duplicate = existing.get(key);
    if (duplicate) {
      report.failed.push({ ...where, reason: "duplicate", message: `You already have annotation ${duplicate} on exactly this span.`, source: item.source });
      continue;
    }
    const span = describeSpan(text, start, end, codePointIndexOf(documentId, text));
    const annotation: NewAnnotation = { id: newId("ann"), documentId, span, note: item.note ? item.note : null };
    existing.set(key, annotation.id);
    annotations.push(annotation);
    report.created.push({ ...where, annotationId: annotation.id, documentId, start: span.start, end: span.end, exact: span.exact });
  }
  report.failed.sort((a, b) => a.index - b.index || (a.target ?? -1) - (b.target ?? -1));
  await db().$transaction(
    async (tx) => {
      await insertImportedAnnotations(tx, access, annotations);
      await appendEvent(tx, {
        projectId: access.projectId,
        actorId: access.userId,
        type: "annotations.imported",
        subjectType: "project",
        subjectId: access.projectId,
        data: { total: report.total, created: report.created.length, failed: report.failed.length, documentId: options.documentId ?? null },
      });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return report;
}

const spanKey = (documentId: string, start: number, end: number) => `${documentId}:${start}:${end}`;

/** The caller's live annotations on these documents, by span. */
async function existingSpans(access: ProjectAccess, documentIds: string[]): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db().annotation.findMany({
    where: { projectId: access.projectId, documentId: { in: documentIds }, createdById: access.userId, deletedAt: null },
    select: { id: true, documentId: true, start: true, end: true },
  });
  return new Map(rows.map((r) => [spanKey(r.documentId, r.start, r.end), r.id]));
}
