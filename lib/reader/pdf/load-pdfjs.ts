// pdf.js in the browser, loaded on demand (the text view never pays for it), with its worker as a
// separate same-origin script (the page's policy allows workers from 'self' only) and no eval. A
// PDF opened by URL is opened once: whoever asks first (the page, early) starts the fetch and the
// parse, and the reader's page view picks up the same document.
import type { PDFDocumentProxy } from "pdfjs-dist";

export type PdfJs = typeof import("pdfjs-dist");
export type OpenedPdf = { pdfjs: PdfJs; doc: PDFDocumentProxy };

let loading: Promise<PdfJs> | null = null;
let workerSource: string | URL | null = null;
const opened = new Map<string, Promise<OpenedPdf>>();

/** Where the worker script is served from, when not beside the bundle (a standalone harness page). */
export function setPdfWorkerSource(source: string): void {
  workerSource = source;
}

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import("pdfjs-dist").then((pdfjs) => {
    if (!pdfjs.GlobalWorkerOptions.workerPort) {
      const source = workerSource ?? new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url);
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(source, { type: "module" });
    }
    return pdfjs;
  });
  return loading;
}

/** Opens a PDF from a URL (the document's stored original; shared by every caller) or its bytes. */
export function openPdf(source: string | Uint8Array): Promise<OpenedPdf> {
  const open = async () => {
    const pdfjs = await loadPdfJs();
    const params = typeof source === "string" ? { url: source, withCredentials: true } : { data: source };
    const doc = await pdfjs.getDocument({ ...params, isEvalSupported: false, enableXfa: false }).promise;
    return { pdfjs, doc };
  };
  if (typeof source !== "string") return open();
  let p = opened.get(source);
  if (!p) {
    p = open();
    opened.set(source, p);
    p.catch(() => opened.delete(source));
  }
  return p;
}

/** Forgets and closes a PDF opened by URL (when its reader goes away). */
export function closePdf(source: string | Uint8Array, doc: PDFDocumentProxy): void {
  if (typeof source === "string") opened.delete(source);
  void doc.destroy();
}
