// Input of POST /projects/{projectId}/annotations/import: the file's JSON as the body (W3C Web
// Annotation JSON-LD or Hypothesis JSON; see parse-import.ts), and optionally the document to put
// every annotation on.
import { z } from "zod";

export const ZImportQuery = z.object({
  documentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a document id").optional(),
});

export const ZImportBody = z.union([z.array(z.unknown()).max(5000, "at most 5000 annotations per import"), z.record(z.string(), z.unknown())]);

/** Files up to 10 MiB: a few thousand annotations with their context. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Targets placed per request. */
export const IMPORT_MAX_TARGETS = 5000;
