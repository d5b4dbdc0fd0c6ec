// The whole extraction in the current thread: open, read every page's text items, assemble the text,
// and (when asked) recognise pages that have no text layer. extractPdf runs this in a child process.
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { assembleText, type PageRuns } from "./assemble-text";
import { checkPdfBytes } from "./check-pdf-bytes";
import { openPdf, pdfjsVersion, readInfo } from "./open-pdf";
import { PdfRefusal } from "./pdf-refusal";
import { toTextRuns } from "./text-run";
import { DEFAULT_PDF_LIMITS, type PdfExtraction, type PdfLimits } from "./types";

export type ReadPdfOptions = {
  onProgress?(done: number, total: number): void;
  ocr?: boolean;
  limits?: Partial<PdfLimits>;
};

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfExtraction> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  checkPdfBytes(bytes, limits);
  const doc = await openPdf(bytes);
  try {
    const pageCount = doc.numPages;
    if (pageCount > limits.maxPages) {
      throw new PdfRefusal("pdf_too_many_pages", `The PDF has ${pageCount} pages; the most accepted is ${limits.maxPages}.`);
    }
    const { pages, language } = await readPages(doc, limits, options.onProgress);
    const assembled = assembleText(pages);
    if (assembled.text.length > limits.maxTextChars) {
      throw new PdfRefusal("pdf_too_large", `The PDF's text is longer than the ${limits.maxTextChars.toLocaleString("en")} characters accepted.`);
    }
    const info = await readInfo(doc);
    return {
      text: assembled.text,
      pages: assembled.pages.map(({ number, start, end, textLayer }) => ({ number, start, end, textLayer })),
      layout: {
        kind: "pdf",
        pages: assembled.pages.map((p, i) => ({ number: p.number, width: pages[i]!.width, height: pages[i]!.height, items: p.items })),
      },
      derivation: { tool: "pdf.js", version: pdfjsVersion },
      metadata: {
        ...textField("title", info.Title),
        ...textField("author", info.Author),
        ...(language ? { language } : {}),
        pageCount,
      },
    };
  } finally {
    await doc.destroy();
  }
}

async function readPages(doc: PDFDocumentProxy, limits: PdfLimits, onProgress?: (done: number, total: number) => void) {
  const pages: PageRuns[] = [];
  let language: string | undefined;
  let chars = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    language ??= content.lang ?? undefined;
    const [vx = 0, vy = 0] = page.view;
    const runs = toTextRuns(content.items).map((r) => ({ ...r, x0: r.x0 - vx, x1: r.x1 - vx, y: r.y - vy }));
    for (const run of runs) chars += run.text.length;
    if (chars > limits.maxTextChars) {
      throw new PdfRefusal("pdf_too_large", `The PDF's text is longer than the ${limits.maxTextChars.toLocaleString("en")} characters accepted.`);
    }
    pages.push({ number, width: viewport.width, height: viewport.height, itemCount: content.items.length, runs });
    page.cleanup();
    onProgress?.(number, doc.numPages);
  }
  return { pages, language };
}

function textField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const text = typeof value === "string" ? value.normalize("NFKC").trim() : "";
  return text ? ({ [key]: text } as Record<K, string>) : {};
}
