// The whole extraction in the current thread: open, read every page's text items, assemble the text,
// and (when asked) recognise pages that have no text layer. extractPdf runs this in a child process.
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { assembleText, type PageRuns } from "./assemble-text";
import { ocrDerivation, recognizePages, type RecognizedPage } from "./recognize-pages";
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
    const recognized = options.ocr ? await recognizeBlankPages(doc, pages, options.onProgress) : new Map<number, RecognizedPage>();
    const assembled = assembleText(pages);
    if (assembled.text.length > limits.maxTextChars) {
      throw new PdfRefusal("pdf_too_large", `The PDF's text is longer than the ${limits.maxTextChars.toLocaleString("en")} characters accepted.`);
    }
    const info = await readInfo(doc);
    return {
      text: assembled.text,
      pages: assembled.pages.map(({ number, start, end, textLayer }) => {
        const confidence = textLayer === "ocr" ? recognized.get(number)?.confidence : undefined;
        return { number, start, end, textLayer, ...(confidence !== undefined ? { ocrConfidence: confidence } : {}) };
      }),
      layout: {
        kind: "pdf",
        pages: assembled.pages.map((p, i) => ({
          number: p.number,
          width: pages[i]!.width,
          height: pages[i]!.height,
          items: p.items,
          ...(p.ocrRanges ? { ocrWords: ocrWords(recognized.get(p.number)!, p.ocrRanges) } : {}),
        })),
      },
      derivation: { tool: "pdf.js", version: pdfjsVersion, ...(recognized.size > 0 ? { ocr: ocrDerivation() } : {}) },
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

/** Pages without a single visible character are recognised; their runs become the OCR words. */
async function recognizeBlankPages(doc: PDFDocumentProxy, pages: PageRuns[], onProgress?: (done: number, total: number) => void) {
  const blank = pages.filter((p) => !p.runs.some((r) => !r.blank));
  if (blank.length === 0) return new Map<number, RecognizedPage>();
  const total = pages.length + blank.length;
  const byNumber = new Map(pages.map((p) => [p.number, p]));
  const recognized = await recognizePages(
    doc,
    blank.map((p) => p.number),
    (n) => byNumber.get(n)!.itemCount,
    (done) => onProgress?.(pages.length + done, total),
  );
  for (const [number, result] of recognized) {
    const page = byNumber.get(number)!;
    page.runs = [...page.runs, ...result.runs];
    page.ocr = { words: result.runs.length };
  }
  return recognized;
}

function ocrWords(page: RecognizedPage, ranges: (null | [number, number])[]): [number, number, number, number, number, number][] {
  const words: [number, number, number, number, number, number][] = [];
  page.boxes.forEach((box, k) => {
    const range = ranges[k];
    if (range) words.push([...box.map((v) => Math.round(v * 100) / 100), range[0], range[1]] as [number, number, number, number, number, number]);
  });
  return words;
}

function textField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  const text = typeof value === "string" ? value.normalize("NFKC").trim() : "";
  return text ? ({ [key]: text } as Record<K, string>) : {};
}
