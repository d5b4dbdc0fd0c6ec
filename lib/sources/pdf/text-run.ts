// A pdf.js text item reduced to what layout analysis needs: its index in getTextContent's items,
// its folded text and its box in PDF user space (y grows upwards).
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { letterEdge, type LetterEdge, restoreZwnj } from "./arabic-joining";
import { foldText } from "./fold-text";
import { repairLamAlef } from "./repair-arabic";

export type Direction = "rtl" | "ltr" | "neutral" | "number";

export type TextRun = {
  index: number;
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  direction: Direction;
  /** True when the text is only whitespace. */
  blank: boolean;
  /** Its first and last characters as drawn, when Arabic letters: a ZWNJ between runs is read from them. */
  firstLetter?: LetterEdge | null;
  lastLetter?: LetterEdge | null;
};

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

export function directionOf(text: string): Direction {
  let rtl = 0;
  let ltr = 0;
  let digits = 0;
  for (const ch of text) {
    if (DIGIT.test(ch)) digits++;
    else if (RTL_LETTER.test(ch) && LETTER.test(ch)) rtl++;
    else if (LETTER.test(ch)) ltr++;
  }
  if (rtl === 0 && ltr === 0) return digits > 0 ? "number" : "neutral";
  return rtl >= ltr ? "rtl" : "ltr";
}

/** Runs of a page's items; items with no box (marked content) are skipped, keeping indexes. */
export function toTextRuns(items: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  items.forEach((raw, index) => {
    const item = raw as Partial<TextItem>;
    if (typeof item.str !== "string" || !item.transform) return;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    const width = item.width ?? 0;
    const drawn = [...item.str];
    const text = repairLamAlef(foldText(restoreZwnj(item.str)));
    const x0 = Math.min(e, e + width);
    runs.push({
      index,
      text,
      x0,
      x1: x0 + Math.abs(width),
      y: f,
      size,
      direction: directionOf(text),
      blank: text.trim() === "",
      firstLetter: letterEdge(drawn[0]),
      lastLetter: letterEdge(drawn[drawn.length - 1]),
    });
  });
  return runs;
}
