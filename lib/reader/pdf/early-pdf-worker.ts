// pdf.js's worker, its main module and the page's PDF, started by a one-line script at the top of
// the reader's page before any of the reader's code has arrived. Starting the worker (a new
// JavaScript isolate that decodes and compiles pdf.js's 1.2 MB worker script) is the longest step
// before a PDF can be parsed, and loading pdf.js's main module (400 kB) the next: neither depends
// on the reader, and in the reader's own bundle the main module would only be asked for once the
// reader's code had loaded. The reader's code, once loaded, opens the file the script named at once
// (load-pdfjs.ts), before the reader itself is rendered.

/** Where the page's script leaves the worker and the file's address (a property of the page's global object). */
const SLOT = "__pdfEarly";

interface Early {
  worker: Worker | null;
  file: string;
  /** pdf.js's main module as the script imported it (null when that failed), or absent. */
  pdfjs?: Promise<unknown> | null;
}

const slot = () => globalThis as unknown as Record<typeof SLOT, Early | undefined>;

/**
 * The page's script: starts the worker from `workerUrl` (same origin) once, names the file to
 * open and, given `mainUrl`, imports pdf.js's main module from there (a failed import leaves the
 * reader to load its own copy).
 */
export function earlyPdfScript(workerUrl: string, fileUrl: string, mainUrl?: string): string {
  const main = mainUrl ? `,pdfjs:import(${JSON.stringify(mainUrl)}).catch(function(){return null})` : "";
  return `self.${SLOT}||(self.${SLOT}={worker:new Worker(${JSON.stringify(workerUrl)},{type:"module"}),file:${JSON.stringify(fileUrl)}${main}});`;
}

/** The worker the page started, once (the reader owns it from then on), or null. */
export function takeEarlyPdfWorker(): Worker | null {
  const early = slot()[SLOT];
  const worker = early?.worker ?? null;
  if (early) early.worker = null;
  return worker;
}

/** pdf.js's main module as the page's script imported it, once (resolves to null when it could not), or null. */
export function takeEarlyPdfJs(): Promise<unknown> | null {
  const early = slot()[SLOT];
  const pdfjs = early?.pdfjs ?? null;
  if (early) early.pdfjs = null;
  return pdfjs;
}

/** The address of the PDF the page's script named, or null. */
export function earlyPdfFile(): string | null {
  return slot()[SLOT]?.file ?? null;
}
