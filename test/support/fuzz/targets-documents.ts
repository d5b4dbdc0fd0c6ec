// Fuzz targets of documents, versions, annotations and their comments.
import { GET as listComments } from "@/app/api/v1/annotations/[annotationId]/comments/route";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { db } from "@/lib/db/client";
import { call } from "../api";
import { check, type FuzzTarget, readable } from "./fuzz-target";
import { createAnnotation, createDocument, createOrphan, SOURCE_TEXT, type Space } from "./fuzz-world";

const sharedDocument = (space: Space) => space.memo("document", () => createDocument(space));

const readAnnotation = (space: Space, annotationId: string) => readable(getAnnotation, { annotationId }, space.token("owner"));

export const documentTargets: Record<string, FuzzTarget> = {
  "POST /projects/{projectId}/documents": {
    principals: ["owner", "annotator"],
    renew: "never",
    prepare: async ({ projectId }) => ({
      params: { projectId },
      body: {
        title: "Report «1988»",
        text: SOURCE_TEXT,
        sourceUrl: "https://example.org/report-1988",
        publisher: "Example News",
        author: "A. Witness",
        publishedAt: "1988-07-19",
        language: "fa-IR",
      },
      alternatives: [{ title: "Captured page", html: "<article><h1>1988</h1><p>Prisoners were <b>executed</b>.</p><script>x()</script></article>" }],
    }),
    readBack: async (space, { body }) => {
      const document = await readable(getDocument, { documentId: body.id }, space.token("owner"));
      check(typeof document.text === "string" && document.text.length === body.length, "the text reads back with its length");
    },
  },
  "POST /documents/{documentId}/versions": {
    principals: ["annotator", "owner"],
    prepare: async (space) => ({
      params: { documentId: await createDocument(space) },
      body: { text: `${SOURCE_TEXT}\n\nCorrected on review.`, title: "Source, corrected", publishedAt: "1988-07" },
      alternatives: [{ html: "<p>In the summer of 1988 the regime executed 30,000 political prisoners.</p>" }],
    }),
    readBack: async (space, { body }) => {
      check((await readable(getDocument, { documentId: body.id }, space.token("owner"))).id === body.id, "the new version reads back");
    },
  },
  "POST /documents/{documentId}/annotations": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => ({
      params: { documentId: await sharedDocument(space) },
      body: { start: 0, end: 21, note: "The date" },
      alternatives: [{ quote: { exact: "Death Commission", prefix: "called the ", suffix: " was formed" }, note: "Who" }],
    }),
    readBack: async (space, { body }) => {
      const annotation = await readAnnotation(space, body.id);
      check(SOURCE_TEXT.slice(annotation.start, annotation.end) === annotation.exact, "the span's offsets give its quote");
    },
  },
  "PATCH /annotations/{annotationId}": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => ({ params: { annotationId: await createAnnotation(space, await sharedDocument(space)) }, body: { note: "Checked against the original." } }),
    readBack: async (space, { params, body }) => {
      check((await readAnnotation(space, params.annotationId)).note === body.note, "the new note reads back");
    },
  },
  "DELETE /annotations/{annotationId}": {
    principals: ["annotator", "owner"],
    prepare: async (space) => ({ params: { annotationId: await createAnnotation(space, await sharedDocument(space)) } }),
    readBack: async (space, { params }) => {
      const res = await call(getAnnotation, { params, token: space.token("owner") });
      check(res.status === 404, "a withdrawn annotation is no longer served");
      const row = await db().annotation.findUnique({ where: { id: params.annotationId }, select: { deletedAt: true } });
      check(!!row?.deletedAt, "the annotation is kept, marked deleted");
    },
  },
  "POST /annotations/{annotationId}/resolve": {
    principals: ["annotator", "owner"],
    prepare: async (space) => ({
      params: { annotationId: (await createOrphan(space)).annotationId },
      body: { action: "reattach", start: 0, end: 21 },
      alternatives: [{ action: "retire", reason: "The sentence was removed by the publisher." }],
    }),
    readBack: async (space, { params }) => {
      check(["active", "retired"].includes((await readAnnotation(space, params.annotationId)).status), "the orphan is placed or retired");
    },
  },
  "POST /documents/{documentId}/rejected-suggestions": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => ({ params: { documentId: await sharedDocument(space) }, body: { start: 0, end: 12 }, alternatives: [{ start: 3, end: 4 }] }),
    readBack: async (space, { params, body }) => {
      // No route lists rejections: the reader reads them on the server, as this does.
      const row = await db().suggestionRejection.findUnique({ where: { id: body.id } });
      check(!!row && row.documentId === params.documentId && row.projectId === space.projectId && row.start === body.start && row.end === body.end, "the rejection is recorded on the document, span as answered");
    },
  },
  "POST /annotations/{annotationId}/comments": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => {
      const annotationId = await space.memo("annotation", async () => createAnnotation(space, await sharedDocument(space)));
      return { params: { annotationId }, body: { body: "Is this the Evin figure?" } };
    },
    readBack: async (space, { params, body }) => {
      const thread = await readable(listComments, { annotationId: params.annotationId }, space.token("owner"));
      check(thread.items.some((c: { id: string }) => c.id === body.id), "the comment is in the thread");
    },
  },
};
