// The shapes PDF extraction hands to the rest of the workbench: the derived text that offsets refer
// to, its pages, and the layout the PDF viewer needs to map pdf.js's text layer onto those offsets.

export type TextLayerKind = "text" | "ocr" | "none";

export type PdfPage = {
  /** 1-based page number. */
  number: number;
  /** Offsets into `text` (UTF-16 code units, end exclusive); start === end for a page with no text. */
  start: number;
  end: number;
  /** "text": the PDF's own text layer; "ocr": recognised from the page image; "none": no text found. */
  textLayer: TextLayerKind;
  /** Mean word confidence of the OCR, 0–100, on "ocr" pages. */
  ocrConfidence?: number;
};

export type PdfLayoutPage = {
  number: number;
  /** Viewport at scale 1 (PDF points). */
  width: number;
  height: number;
  /**
   * Index-aligned with pdf.js `page.getTextContent()` items (default options): the range of document
   * text the item produced, or null when it produced none (header, footer, page number, whitespace).
   */
  items: (null | [start: number, end: number])[];
  /** OCR'd pages: word boxes in viewport-at-scale-1 coordinates (top-left origin) with their text range. */
  ocrWords?: [x0: number, y0: number, x1: number, y1: number, start: number, end: number][];
};

export type PdfLayout = { kind: "pdf"; pages: PdfLayoutPage[] };

export type PdfDerivation = {
  tool: string;
  version: string;
  ocr?: { tool: string; version: string; language: string };
};

export type PdfExtraction = {
  /** NFKC-folded, logical order, running headers and footers left out. */
  text: string;
  pages: PdfPage[];
  layout: PdfLayout;
  derivation: PdfDerivation;
  metadata: { title?: string; author?: string; language?: string; pageCount: number };
};

export type PdfLimits = {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  maxPages: number;
  /** Longest derived text accepted, in UTF-16 code units (stops text bombs). */
  maxTextChars: number;
  /** Memory the extraction process may use (resident set), in MiB: stops decompression bombs. */
  maxMemoryMb: number;
  /** Wall-clock limit of the whole extraction, OCR included. */
  timeoutMs: number;
};

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 5000,
  maxTextChars: 50_000_000,
  maxMemoryMb: 1536,
  timeoutMs: 20 * 60 * 1000,
};

export type ExtractPdfOptions = {
  /** Called after each page is read (and again after each page is recognised when OCR runs). */
  onProgress?(done: number, total: number): void;
  /** Recognise pages that have no text layer with tesseract.js (English). */
  ocr?: boolean;
  limits?: Partial<PdfLimits>;
};
