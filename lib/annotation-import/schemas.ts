// Input of POST /projects/{projectId}/annotations/import: the file's JSON as the body (W3C Web
// Annotation JSON-LD or Hypothesis JSON; see parse-import.ts), and optionally the document to put
// every annotation on.
import * as z from "zod";

export const ZImportQuery = z.object({
  documentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a document id").optional(),
});

// The count is checked after the shape, so a file of too many annotations is told so by name
// (a union with a length limit inside would answer only "Invalid input").
export const ZImportBody = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).superRefine((value, ctx) => {
  const count = annotationCount(value);
  if (count > IMPORT_MAX_ANNOTATIONS) {
    ctx.addIssue({ code: "custom", message: `The file holds ${count} annotations; import at most ${IMPORT_MAX_ANNOTATIONS} at a time (split the file).` });
  }
});

/** Annotations in a file: a list, Hypothesis's `rows`, or a collection's or page's `items`. */
function annotationCount(value: unknown[] | Record<string, unknown>): number {
  if (Array.isArray(value)) return value.length;
  const first = value.first as { items?: unknown } | undefined;
  for (const list of [value.rows, value.items, first?.items]) if (Array.isArray(list)) return list.length;
  return 1;
}

export const IMPORT_MAX_ANNOTATIONS = 5000;

/** Files up to 10 MiB: a few thousand annotations with their context. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Targets placed per request. */
export const IMPORT_MAX_TARGETS = 5000;
