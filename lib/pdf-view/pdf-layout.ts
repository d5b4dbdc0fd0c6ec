// The page layout a PDF source keeps beside its text: for every page its size at scale 1 and, for
// each item pdf.js's getTextContent() gives (default options, same order), the range of document
// text that item produced (null when it produced none: a running header, a page number, an empty
// item). OCR'd pages add word boxes instead. The PDF view maps between the page and the text with
// it; the server stores it as extracted and serves it unchanged.
import * as z from "zod";

const offset = z.number().int().min(0);

export const ZPdfLayoutPage = z.object({
  number: z.number().int().min(1),
  width: z.number().positive(),
  height: z.number().positive(),
  items: z.array(z.union([z.null(), z.tuple([offset, offset])])),
  ocrWords: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), offset, offset])).optional(),
});

export const ZPdfLayout = z.object({
  kind: z.literal("pdf"),
  pages: z.array(ZPdfLayoutPage),
});

export type TPdfLayoutPage = z.infer<typeof ZPdfLayoutPage>;
export type TPdfLayout = z.infer<typeof ZPdfLayout>;
/** The text range an item produced: [start, end) in UTF-16 offsets of the document text. */
export type ItemRange = readonly [start: number, end: number];
