// pdf.js's worker and the page's PDF, started by a one-line script at the top of the reader's page
// before any of the reader's code has arrived. Starting the worker (a new JavaScript isolate that
// decodes and compiles pdf.js's 1.2 MB worker script) is the longest step before a PDF can be
// parsed, and nothing in it depends on the reader; the reader's code, once loaded, opens the file
// the script named at once (load-pdfjs.ts), before the reader itself is rendered.

/** Where the page's script leaves the worker and the file's address (a property of the page's global object). */
const SLOT = "__pdfEarly";

interface Early {
  worker: Worker | null;
  file: string;
}

const slot = () => globalThis as unknown as Record<typeof SLOT, Early | undefined>;

/** The page's script: starts the worker from `workerUrl` (same origin) once, and names the file to open. */
export function earlyPdfScript(workerUrl: string, fileUrl: string): string {
  return `self.${SLOT}||(self.${SLOT}={worker:new Worker(${JSON.stringify(workerUrl)},{type:"module"}),file:${JSON.stringify(fileUrl)}});`;
}

/** The worker the page started, once (the reader owns it from then on), or null. */
export function takeEarlyPdfWorker(): Worker | null {
  const early = slot()[SLOT];
  const worker = early?.worker ?? null;
  if (early) early.worker = null;
  return worker;
}

/** The address of the PDF the page's script named, or null. */
export function earlyPdfFile(): string | null {
  return slot()[SLOT]?.file ?? null;
}
