// PDF sources: text, pages and page layout derived from a PDF with pdf.js, off the main thread.
export { extractPdf } from "./extract-pdf";
export { looksLikePdf } from "./check-pdf-bytes";
export { PdfRefusal, isPdfRefusal, type PdfRefusalCode } from "./pdf-refusal";
export {
  DEFAULT_PDF_LIMITS,
  type ExtractPdfOptions,
  type PdfDerivation,
  type PdfExtraction,
  type PdfLayout,
  type PdfLayoutPage,
  type PdfLimits,
  type PdfPage,
  type TextLayerKind,
} from "./types";
