// Contracts of annotations (highlighted spans) and their comments.
import * as z from "zod";
import { ZCreateAnnotation, ZResolveOrphan, ZUpdateAnnotation } from "../../annotations/schemas";
import { defineRoute } from "../contract";
import { pageOf, ZAnnotationOut } from "./resources";

export const ZAnnotationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().regex(/^\d{1,10}:[\w-]{1,64}$/, "must be a cursor this API gave out").optional(),
});

export const listAnnotations = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/annotations",
  operationId: "listAnnotations",
  summary: "The document's annotations, in text order",
  description:
    "Ordered by where they start in the text, then by id. `start`/`end` count UTF-16 code units of the " +
    "document's text; `codePointStart`/`codePointEnd` count code points, as Python and R index strings",
  tags: ["Annotations"],
  auth: "required",
  query: ZAnnotationListQuery,
  responses: { 200: { description: "A page of annotations.", schema: pageOf(ZAnnotationOut) } },
  errors: [404],
});

/** A span table's person, row and packed forms (lib/annotations/span-table.ts, packed-span-table.ts). */
const ZSpanPerson = z.object({ id: z.string(), name: z.string() });
export const ZSpanTableOut = z.union([
  z.object({
    people: z.array(ZSpanPerson),
    packed: z.string().describe("Rows `id,start,length,person` separated by spaces; numbers in base 36, each start counted from the previous row's"),
  }),
  z.object({
    people: z.array(ZSpanPerson),
    // `items: {not: {}}` says "nothing after the four" in the form OpenAPI linters read (zod writes `items: false`).
    rows: z.array(z.tuple([z.string(), z.number().int(), z.number().int(), z.number().int()]).meta({ items: { not: {} } })),
  }),
]);

export const listAnnotationSpans = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/spans",
  operationId: "listAnnotationSpans",
  summary: "Every annotation's span in compact form: id, start, end and author, in text order",
  description:
    "The reader's table: the same annotations as GET /documents/{documentId}/annotations, without quotes and notes, " +
    "with `people` (the project's members and past authors) and rows `[id, start, end, personIndex]` (offsets in UTF-16 " +
    "code units), usually packed into one string. `from` keeps the annotations starting at that offset or later.",
  tags: ["Annotations"],
  auth: "required",
  query: z.object({ from: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(0) }),
  responses: { 200: { description: "The span table.", schema: ZSpanTableOut } },
  errors: [404],
});

export const createAnnotation = defineRoute({
  method: "POST",
  path: "/documents/{documentId}/annotations",
  operationId: "createAnnotation",
  summary: "Highlight a span by `{start, end}` or by `{quote: {exact, prefix?, suffix?}}`",
  description:
    "Offsets count UTF-16 code units. A span outside the text, an empty one, or a quote not found (or ambiguous " +
    "without prefix/suffix) is a 400 that says which.",
  tags: ["Annotations"],
  auth: "required",
  body: ZCreateAnnotation,
  responses: { 201: { description: "The annotation; `text.slice(start, end) === exact`.", schema: ZAnnotationOut } },
  errors: [403, 404],
});

export const getAnnotation = defineRoute({
  method: "GET",
  path: "/annotations/{annotationId}",
  operationId: "getAnnotation",
  summary: "An annotation",
  description:
    "`text.slice(start, end) === exact` on the document's text (UTF-16 offsets); `codePointStart`/`codePointEnd` " +
    "give the same span in code points, `prefix`/`suffix` the words around it",
  tags: ["Annotations"],
  auth: "required",
  responses: { 200: { description: "The annotation.", schema: ZAnnotationOut } },
  errors: [404],
});

export const updateAnnotation = defineRoute({
  method: "PATCH",
  path: "/annotations/{annotationId}",
  operationId: "updateAnnotation",
  summary: "Change an annotation's note",
  description:
    "Only the note changes (`null` clears it); the span itself never moves: annotate the new words instead. " +
    "The change is written to the project's event log",
  tags: ["Annotations"],
  auth: "required",
  body: ZUpdateAnnotation,
  responses: { 200: { description: "The annotation as changed.", schema: ZAnnotationOut } },
  errors: [403, 404],
});

export const deleteAnnotation = defineRoute({
  method: "DELETE",
  path: "/annotations/{annotationId}",
  operationId: "deleteAnnotation",
  summary: "Withdraw an annotation (its author or an owner)",
  description: "Nothing is erased: the annotation is marked deleted and the event log keeps who and when.",
  tags: ["Annotations"],
  auth: "required",
  responses: { 204: { description: "Withdrawn." } },
  errors: [403, 404],
});

export const resolveOrphan = defineRoute({
  method: "POST",
  path: "/annotations/{annotationId}/resolve",
  operationId: "resolveOrphan",
  summary: "Re-attach an orphaned annotation to a span of the newest version, or retire it",
  description:
    "`{action: \"reattach\", start, end}` places it on those UTF-16 offsets of the newest version; " +
    "`{action: \"retire\", reason?}` takes it out of the queue for good. Only orphaned annotations (409 otherwise)",
  tags: ["Annotations"],
  auth: "required",
  body: ZResolveOrphan,
  responses: { 200: { description: "The annotation, placed or retired.", schema: ZAnnotationOut } },
  errors: [403, 404, 409],
});
