// The reader's engine, apart from its React bindings (the document page's _components): it
// virtualises a long text by blocks or a PDF by pages, paints highlights with the CSS Custom
// Highlight API, turns selections into spans of the document text and back, and filters
// annotations. Both views answer through one ReaderSurface. Framework-free and browser-only (it
// works on the DOM); this file is all the page and the benchmarks may import, the rest is its own.
export { type Ann, AnnotationIndex } from "./annotation-index";
export { type Block, splitBlocks } from "./blocks";
export { claimContext } from "./claim-context";
export { characterAt, type Span } from "./dom-offsets";
export { annotationFilters, type FilterDef, filterTest, type FilterValues } from "./filters";
export { extendSelectionByKey } from "./keyboard-selection";
export { earlyPdfScript } from "./pdf/early-pdf-worker";
export { closePdf, openPdf, setPdfWorkerSource } from "./pdf/load-pdfjs";
export { type PdfSource, PdfViewport } from "./pdf/pdf-viewport";
export type { ReaderSurface } from "./reader-surface";
export { type ExpectedText, loadDocumentText } from "./load-document-text";
export { SHORTCUT_HELP, shortcutOf } from "./shortcuts";
export { splitParagraphs } from "./split-paragraphs";
export { OPENING_READ_CHARS, textOpening, type TextOpening } from "./text-opening";
export { RENDER_WHOLE_UP_TO } from "./render-range";
export { TextViewport, type ViewWindow } from "./text-viewport";
export { type AnnotationsAction, type AnnotationsState, initAnnotations, reduceAnnotations, type SpanTable } from "./annotations-state";
