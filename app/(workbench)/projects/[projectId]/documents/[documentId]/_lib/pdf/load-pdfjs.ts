// pdf.js in the browser, loaded on demand (the text view never pays for it), with its worker as a
// separate same-origin script (the page's policy allows workers from 'self' only) and no eval.
import type { PDFDocumentProxy } from "pdfjs-dist";

export type PdfJs = typeof import("pdfjs-dist");

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import("pdfjs-dist").then((pdfjs) => {
    if (!pdfjs.GlobalWorkerOptions.workerPort) {
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
    }
    return pdfjs;
  });
  return loading;
}

/** Opens a PDF from a URL (the document's stored original) or its bytes. */
export async function openPdf(source: string | Uint8Array): Promise<{ pdfjs: PdfJs; doc: PDFDocumentProxy }> {
  const pdfjs = await loadPdfJs();
  const params = typeof source === "string" ? { url: source, withCredentials: true } : { data: source };
  const doc = await pdfjs.getDocument({ ...params, isEvalSupported: false, enableXfa: false }).promise;
  return { pdfjs, doc };
}
