// pdf.js in the browser, loaded on demand (the text view never pays for it), with its worker as a
// separate same-origin script (the page's policy allows workers from 'self' only) and no eval. The
// page's early script may have imported pdf.js's main module already; the bundle's copy is the
// fallback (and what a page without that script loads). A PDF opened by URL is opened once: whoever asks first (the page, early) starts the fetch and the
// parse, and the reader's page view picks up the same document. The worker is started before
// pdf.js's main module has arrived: loading and compiling its 1 MB script is the longest step
// before the file can be parsed, so it runs while the page's own code and data still load.
import type { PDFDocumentProxy } from "pdfjs-dist";
import { earlyPdfFile, takeEarlyPdfJs, takeEarlyPdfWorker } from "./early-pdf-worker";

export type PdfJs = typeof import("pdfjs-dist");
export type OpenedPdf = { pdfjs: PdfJs; doc: PDFDocumentProxy };

let loading: Promise<PdfJs> | null = null;
let workerSource: string | URL | null = null;
let worker: Worker | null = null;
const opened = new Map<string, Promise<OpenedPdf>>();

/** Where the worker script is served from, when not beside the bundle (a standalone harness page). */
export function setPdfWorkerSource(source: string): void {
  workerSource = source;
}

/** Starts pdf.js's worker now (once), or takes the one the page's <head> started; pdf.js takes it over when its main module has loaded. */
export function startPdfWorker(): Worker {
  worker ??= takeEarlyPdfWorker() ?? new Worker(workerSource ?? new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
  return worker;
}

export function loadPdfJs(): Promise<PdfJs> {
  if (!loading) {
    const port = startPdfWorker();
    // The page's script may have imported pdf.js already (the same version, from the app); else the bundle's copy.
    const early = takeEarlyPdfJs() ?? Promise.resolve(null);
    loading = early.then((m) => (isPdfJs(m) ? m : import("pdfjs-dist"))).then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerPort ??= port;
      return pdfjs;
    });
  }
  return loading;
}

function isPdfJs(m: unknown): m is PdfJs {
  return typeof m === "object" && m !== null && typeof (m as Partial<PdfJs>).getDocument === "function";
}

/** The whole file (the artifact route serves no ranges, so pdf.js would wait for all of it too). */
async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { credentials: "include" });
  if (!response.ok) throw new Error(`the file could not be fetched (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Opens a PDF from a URL (the document's stored original; shared by every caller) or its bytes.
 * A URL is fetched at once, beside pdf.js's loading, and handed over whole: pdf.js's own loader
 * would start only when its worker is up and would feed the file to it chunk by chunk through
 * the page's main thread, which is busy mounting the reader at that moment.
 */
export function openPdf(source: string | Uint8Array): Promise<OpenedPdf> {
  const open = async () => {
    const bytes = typeof source === "string" ? fetchBytes(source) : Promise.resolve(source);
    bytes.catch(() => {}); // awaited below; not unhandled while pdf.js loads
    const pdfjs = await loadPdfJs();
    const doc = await pdfjs.getDocument({ data: await bytes, isEvalSupported: false, enableXfa: false }).promise;
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

// The file the page's early script named starts opening as soon as this code has loaded, before
// the reader that shows it is rendered (which picks up the same document).
const early = typeof window === "undefined" ? null : earlyPdfFile();
if (early) openPdf(early).catch(() => {});
