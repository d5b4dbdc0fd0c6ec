// Highlight boxes on a page: where the words of a span are drawn. Each unit (text item or OCR
// word) has a box in page coordinates at scale 1 (top-left origin) and a direction; the part of a
// span a unit holds is cut from its box by proportion, from the right for right-to-left units.
// Boxes of one line that touch are merged, so a highlight reads as one band, not a row of tiles.
import { itemFraction } from "./item-offsets";
import type { ItemRange } from "./pdf-layout";

export interface UnitBox {
  x: number;
  y: number;
  w: number;
  h: number;
  rtl?: boolean;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes covering the text [start, end) on a page, merged per line. */
export function spanBoxes(units: readonly (ItemRange | null)[], geometry: readonly (UnitBox | null | undefined)[], start: number, end: number): Box[] {
  const out: Box[] = [];
  units.forEach((r, i) => {
    const g = geometry[i];
    if (!r || !g || g.w <= 0) return;
    const f = itemFraction(r, start, end);
    if (!f) return;
    const [f0, f1] = f;
    const x = g.rtl ? g.x + g.w * (1 - f1) : g.x + g.w * f0;
    out.push({ x, y: g.y, w: g.w * (f1 - f0), h: g.h });
  });
  return mergeBoxes(out);
}

const SLACK = 1.5;

/** Merges boxes on the same line (same top and height, within a point) that touch or nearly do. */
export function mergeBoxes(boxes: Box[]): Box[] {
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: Box[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - b.y) < 1 && Math.abs(last.h - b.h) < 1 && b.x <= last.x + last.w + SLACK) {
      const right = Math.max(last.x + last.w, b.x + b.w);
      last.w = right - last.x;
    } else out.push({ ...b });
  }
  return out;
}

/** Matrix product as pdf.js's Util.transform: m1 then m2, both [a, b, c, d, e, f]. */
function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number];
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number];
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** How far above the baseline a line's box starts, and how tall it is, in font heights. */
const ASCENT = 0.86;
const HEIGHT = 1.12;

/**
 * The box of a pdf.js text item in viewport coordinates: `viewportTransform` is the page's
 * viewport at scale 1 (`page.getViewport({scale: 1}).transform`), `item` the getTextContent item.
 */
export function itemBox(viewportTransform: readonly number[], item: { transform: readonly number[]; width: number; dir?: string }): UnitBox {
  const tx = multiply(viewportTransform, item.transform);
  const fontHeight = Math.hypot(tx[2]!, tx[3]!);
  const scale = Math.hypot(viewportTransform[0]!, viewportTransform[1]!);
  return { x: tx[4]!, y: tx[5]! - fontHeight * ASCENT, w: item.width * scale, h: fontHeight * HEIGHT, rtl: item.dir === "rtl" };
}

/** The box of an OCR word [x0, y0, x1, y1, start, end]. */
export function ocrWordBox(word: readonly number[]): UnitBox {
  return { x: word[0]!, y: word[1]!, w: word[2]! - word[0]!, h: word[3]! - word[1]! };
}
