// Contract of a paged document's layout, what a page view draws highlights and selections with.
import { z } from "zod";
import { ZPdfLayout } from "../../pdf-view/pdf-layout";
import { defineRoute } from "../contract";

export const ZDocumentLayoutOut = ZPdfLayout.describe(
  "For each page: `number` (physical, from 1), `width` and `height` at scale 1 (PDF points), `items` index-aligned with pdf.js `getTextContent()` items (default options): `[start, end]` UTF-16 offsets of the text the item produced, or null when it produced none (running header, page number); `ocrWords` `[x0, y0, x1, y1, start, end]` (top-left origin) on pages read by OCR.",
).meta({ id: "DocumentLayout" });

export const getDocumentLayout = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/layout",
  operationId: "getDocumentLayout",
  summary: "A paged document's layout: where each piece of its text is drawn on its pages",
  description: "Only documents made from a PDF have one; others answer 404.",
  tags: ["Sources"],
  auth: "required",
  responses: { 200: { description: "The layout.", schema: ZDocumentLayoutOut } },
  errors: [404],
});

export type TDocumentLayoutOut = z.infer<typeof ZDocumentLayoutOut>;
