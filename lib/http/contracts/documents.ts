// Contracts of documents (sources), their versions and the live reading channel.
import * as z from "zod";
import { ZCreateDocument, ZCreateVersion } from "../../documents/schemas";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf, ZAnnotationOut, ZDocumentOut } from "./resources";

/** JSON escaping can grow text up to six times; the 5 MB text limit itself is checked after parsing. */
const DOCUMENT_BODY_BYTES = 32 * 1024 * 1024;

export const listDocuments = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/documents",
  operationId: "listDocuments",
  summary: "List a project's documents (without their text)",
  description:
    "Every version of every source, oldest first, with title, metadata, `sha256` and `length` but not `text` " +
    "(GET /documents/{documentId} has it)",
  tags: ["Documents"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of documents.", schema: pageOf(ZDocumentOut) } },
  errors: [404],
});

export const createDocument = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/documents",
  operationId: "createDocument",
  summary: "Add a document: exactly one of `text` or `html`",
  description: "HTML is turned into plain text; `length` and every offset count UTF-16 code units of the stored text.",
  tags: ["Documents"],
  auth: "required",
  body: ZCreateDocument,
  maxBodyBytes: DOCUMENT_BODY_BYTES,
  responses: { 201: { description: "The stored document (without its text).", schema: ZDocumentOut } },
  errors: [403, 404],
});

export const getDocument = defineRoute({
  method: "GET",
  path: "/documents/{documentId}",
  operationId: "getDocument",
  summary: "A document with its `text`, the exact string every offset refers to",
  description:
    "`sha256` is the hash of `text` as UTF-8 and `length` its length in UTF-16 code units, so a script can check " +
    "it holds the very text the offsets count in. Older versions stay readable by their own id",
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "The document.", schema: ZDocumentOut } },
  errors: [404],
});

export const getDocumentText = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/text",
  operationId: "getDocumentText",
  summary: "A document's text alone, as plain UTF-8 (ETag: its sha256)",
  description:
    "The same string as `text` in the document, byte for byte, without JSON escaping: what the reader loads beside its page. " +
    "`ETag` and `Repr-Digest` carry its sha256 (the document's `sha256`); a text never changes, so `If-None-Match` with " +
    "that ETag answers 304 with no body. Caches must revalidate (`no-cache`): every use is authorised again.",
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "The text.", contentType: "text/plain; charset=utf-8" } },
  errors: [404],
});

export const listVersions = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/versions",
  operationId: "listVersions",
  summary: "Every version of the document's source",
  description:
    "Oldest first; the last is the newest. Each version is a document of its own, with its own id, text and sha256; " +
    "annotations live on the version they were made on",
  tags: ["Documents"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of versions, oldest first.", schema: pageOf(ZDocumentOut) } },
  errors: [404],
});

export const createVersion = defineRoute({
  method: "POST",
  path: "/documents/{documentId}/versions",
  operationId: "createVersion",
  summary: "Import a corrected text as the next version",
  description: "Annotations are re-anchored on the new text, or orphaned when they cannot be placed.",
  tags: ["Documents"],
  auth: "required",
  body: ZCreateVersion,
  maxBodyBytes: DOCUMENT_BODY_BYTES,
  responses: {
    201: {
      description: "The new version, and how many annotations were placed or orphaned.",
      schema: ZDocumentOut.extend({ reanchoring: z.object({ placed: z.number().int(), orphaned: z.number().int() }) }),
    },
  },
  errors: [403, 404, 409],
});

export const listOrphans = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/orphans",
  operationId: "listOrphans",
  summary: "The orphan queue of the document's source (all its versions)",
  description:
    "Annotations whose words could not be placed on a newer version of the text, oldest first. Each waits for a " +
    "person to re-attach it to a span or retire it (POST /annotations/{annotationId}/resolve)",
  tags: ["Annotations"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of orphaned annotations, oldest first.", schema: pageOf(ZAnnotationOut) } },
  errors: [404],
});

export const documentLive = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/live",
  operationId: "documentLive",
  summary: "Server-sent events: annotation changes on this document and who else is reading it",
  description:
    "A `text/event-stream` that stays open: an event each time an annotation of this document is made, changed " +
    "or withdrawn, and when readers come and go. It is what the reader page uses; a script usually polls the " +
    "annotations list instead",
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "An endless event stream.", contentType: "text/event-stream" } },
  errors: [404],
});

const ZAgreementOut = z
  .object({
    lineageId: z.string().describe("The source, all of its versions."),
    annotators: z.array(z.object({ userId: z.string(), submitted: z.iso.datetime().nullable(), spans: z.number().int() }).loose()),
    pairs: z.array(z.object({}).loose()).describe("Span agreement (F1) of each pair of annotators."),
    fields: z
      .array(
        z
          .object({
            field: z.string().describe("`type`, or `<claim type>.<field>`."),
            alpha: z.number().nullable().describe("Krippendorff's alpha (nominal); null when it cannot be computed."),
            units: z.number().int().describe("Spans coded by at least two annotators."),
            disagreements: z.array(z.object({ unit: z.string(), values: z.record(z.string(), z.unknown()) }).loose()),
          })
          .loose(),
      )
      .describe("Agreement on each claim field over the spans several annotators marked."),
    units: z.array(z.object({ unit: z.string(), start: z.number().int(), end: z.number().int(), quote: z.string(), annotators: z.array(z.string()) }).loose()),
  })
  .loose()
  .meta({ id: "AgreementReport" });

export const documentAgreement = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/agreement",
  operationId: "documentAgreement",
  summary: "Inter-annotator agreement on the document (reviewers and owners)",
  description: "Span agreement (F1) per annotator pair and Krippendorff's alpha per claim field.",
  tags: ["Assignments"],
  auth: "required",
  responses: { 200: { description: "The agreement report.", schema: ZAgreementOut } },
  errors: [403, 404],
});
