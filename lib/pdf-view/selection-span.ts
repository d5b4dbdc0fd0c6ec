// A selection on the page view as a span of the document text. A DOM range over the text layer
// runs from one unit (text item or OCR word) to another in DOM order, which is the content
// stream's order: for right-to-left glyph runs that is visual order, so the first unit in the DOM
// need not hold the logical start. The span is therefore the union of the text every touched
// unit contributes (partly, at the two ends), which is the same whichever order the page draws
// its glyphs in, and runs across page breaks. Whitespace at its edges is trimmed and a surrogate
// pair is never split, exactly as the text view does, so both views store the same annotation.
import { splitsSurrogatePair } from "@/lib/anchoring/code-points";
import { offsetInItem } from "./item-offsets";
import type { ItemRange } from "./pdf-layout";

/** A boundary point inside a unit: before character `char` of its string of `length` characters. */
export interface UnitPoint {
  page: number;
  unit: number;
  char: number;
  length: number;
}

export interface Span {
  start: number;
  end: number;
}

/** [start, end) trimmed of whitespace at both edges, never splitting a surrogate pair; null when empty. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (splitsSurrogatePair(text, s)) s++;
  if (splitsSurrogatePair(text, e)) e--;
  return s < e ? { start: s, end: e } : null;
}

const before = (a: UnitPoint, b: UnitPoint) => a.page - b.page || a.unit - b.unit || a.char - b.char;

/**
 * The span selected between two points (in either order), given each page's units (index by page
 * index). Units that produced no text (headers, page numbers) add nothing.
 */
export function spanBetween(units: (page: number) => readonly (ItemRange | null)[], a: UnitPoint, b: UnitPoint, text: string): Span | null {
  const [from, to] = before(a, b) <= 0 ? [a, b] : [b, a];
  let start = Infinity;
  let end = -Infinity;
  const take = (s: number, e: number) => {
    if (s >= e) return;
    start = Math.min(start, s);
    end = Math.max(end, e);
  };
  for (let p = from.page; p <= to.page; p++) {
    const list = units(p);
    const first = p === from.page ? from.unit : 0;
    const last = p === to.page ? to.unit : list.length - 1;
    for (let u = first; u <= last; u++) {
      const r = list[u];
      if (!r) continue;
      const c0 = p === from.page && u === from.unit ? offsetInItem(r, from.length, from.char) : r[0];
      const c1 = p === to.page && u === to.unit ? offsetInItem(r, to.length, to.char) : r[1];
      take(c0, c1);
    }
  }
  return start < end ? trimSpan(text, start, end) : null;
}
