// Contract of a paged document's layout, what a page view draws highlights and selections with.
import * as z from "zod";
import { defineRoute } from "../contract";

const offset = z.number().int().min(0);

/** The stored layout (lib/pdf-view/pdf-layout.ts), with its pairs as arrays of two: OpenAPI 3.1 linters want `items`. */
export const ZDocumentLayoutOut = z
  .object({
    kind: z.literal("pdf"),
    pages: z.array(
      z.object({
        number: z.number().int().min(1),
        width: z.number().positive(),
        height: z.number().positive(),
        items: z.array(z.union([z.null(), z.array(offset).min(2).max(2)])),
        ocrWords: z.array(z.array(z.number()).min(6).max(6)).optional(),
      }),
    ),
  })
  .describe(
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
