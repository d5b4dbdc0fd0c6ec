// OCR of pages that have no text layer, with tesseract.js and the English data shipped on npm
// (@tesseract.js-data/eng, read from disk: nothing is downloaded). Words come back as text runs in
// PDF space, so the same line, column and paragraph rules apply to them as to a text layer.
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { createWorker, type Worker } from "tesseract.js";
import { renderPagePng } from "./render-page-png";
import { directionOf, type TextRun } from "./text-run";
import { foldText } from "./fold-text";

/** 216 dpi: enough for tesseract on ordinary type, with about half the pixels of 300 dpi. */
const OCR_SCALE = 3;
const LANGUAGE = "eng";

export type RecognizedPage = {
  runs: TextRun[];
  /** Word boxes in viewport-at-scale-1 coordinates, top-left origin, index-aligned with `runs`. */
  boxes: [number, number, number, number][];
  confidence: number;
};

const require = createRequire(import.meta.url);

export function ocrDerivation(): { tool: string; version: string; language: string } {
  const version = (require("tesseract.js/package.json") as { version: string }).version;
  return { tool: "tesseract.js", version, language: LANGUAGE };
}

export async function recognizePages(
  doc: PDFDocumentProxy,
  numbers: readonly number[],
  firstIndex: (pageNumber: number) => number,
  onPage: (done: number) => void,
): Promise<Map<number, RecognizedPage>> {
  const langPath = path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
  const worker: Worker = await createWorker(LANGUAGE, 1, { langPath, gzip: true, cacheMethod: "none" });
  const out = new Map<number, RecognizedPage>();
  try {
    for (const [k, number] of numbers.entries()) {
      const page = await doc.getPage(number);
      const png = await renderPagePng(page, OCR_SCALE, doc.canvasFactory);
      const { data } = await worker.recognize(Buffer.from(png), {}, { blocks: true, text: false });
      const viewport = page.getViewport({ scale: 1 });
      out.set(number, toRecognizedPage(data.blocks ?? [], viewport.height, firstIndex(number)));
      page.cleanup();
      onPage(k + 1);
    }
  } finally {
    await worker.terminate();
  }
  return out;
}

type Box = { x0: number; y0: number; x1: number; y1: number };
type Block = { paragraphs: { lines: { bbox: Box; words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] };

function toRecognizedPage(blocks: Block[], pageHeight: number, firstIndex: number): RecognizedPage {
  const runs: TextRun[] = [];
  const boxes: [number, number, number, number][] = [];
  let confidence = 0;
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        // The line's lowest box bottom stands in for its baseline, so its words group together.
        const bottom = Math.max(...line.words.map((w) => w.bbox.y1)) / OCR_SCALE;
        // One size for the whole line (a word's box depends on its letters' ascenders and descenders).
        const size = Math.max(1, ((line.bbox.y1 - line.bbox.y0) / OCR_SCALE) * 0.8);
        for (const word of line.words) {
          const text = foldText(word.text).trim();
          if (!text) continue;
          const [x0, y0, x1, y1] = [word.bbox.x0, word.bbox.y0, word.bbox.x1, word.bbox.y1].map((v) => v / OCR_SCALE) as [number, number, number, number];
          runs.push({ index: firstIndex + runs.length, text, x0, x1, y: pageHeight - bottom, size, direction: directionOf(text), blank: false });
          boxes.push([x0, y0, x1, y1]);
          confidence += word.confidence;
        }
      }
    }
  }
  return { runs, boxes, confidence: runs.length ? Math.round((confidence / runs.length) * 10) / 10 : 0 };
}
