// The baseline: bare pdf.js in this process, getTextContent over every page and nothing else (no
// reading order, no furniture, no folding, no child process).
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

// pdf.js's worker code, loaded up front (as extractPdf's child does) so its loading is not timed.
// (pdfjs-dist ships no types for it, hence the import by a non-literal name.)
const WORKER_MODULE: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(WORKER_MODULE);

export async function readWithBarePdfjs(bytes: Uint8Array): Promise<{ pages: number; chars: number }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { items } = await page.getTextContent();
    for (const item of items) if ("str" in item) chars += item.str.length;
    page.cleanup();
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, chars };
}
