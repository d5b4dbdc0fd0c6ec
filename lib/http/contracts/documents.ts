// Contracts of documents (sources), their versions and the live reading channel.
import { z } from "zod";
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
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "The document.", schema: ZDocumentOut } },
  errors: [404],
});

export const listVersions = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/versions",
  operationId: "listVersions",
  summary: "Every version of the document's source",
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "The versions, oldest first.", schema: z.object({ items: z.array(ZDocumentOut), nextCursor: z.null() }) } },
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
  tags: ["Annotations"],
  auth: "required",
  responses: { 200: { description: "Orphaned annotations.", schema: z.object({ items: z.array(ZAnnotationOut), nextCursor: z.null() }) } },
  errors: [404],
});

export const documentLive = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/live",
  operationId: "documentLive",
  summary: "Server-sent events: annotation changes on this document and who else is reading it",
  tags: ["Documents"],
  auth: "required",
  responses: { 200: { description: "An endless event stream.", contentType: "text/event-stream" } },
  errors: [404],
});

export const documentAgreement = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/agreement",
  operationId: "documentAgreement",
  summary: "Inter-annotator agreement on the document (reviewers and owners)",
  description: "Span agreement (F1) per annotator pair and Krippendorff's alpha per claim field.",
  tags: ["Assignments"],
  auth: "required",
  responses: { 200: { description: "The agreement report." } },
  errors: [403, 404],
});
