// Inside one text item: a character position of its string (as pdf.js gives it and the text layer
// shows it, logical order also for right-to-left items) and an offset into the document text
// correspond by proportion. The item's string and the text it produced need not have the same
// length (ligatures folded, a line-end hyphen dropped, spaces joined), so positions are scaled and
// rounded; at the edges they are exact.
import type { ItemRange } from "./pdf-layout";

/** The document offset of the boundary before character `char` of an item string of `length` characters. */
export function offsetInItem(range: ItemRange, length: number, char: number): number {
  const [start, end] = range;
  if (length <= 0 || char <= 0) return start;
  if (char >= length) return end;
  return start + Math.round(((end - start) * char) / length);
}

/** The character boundary of an item string nearest to a document offset (the inverse of offsetInItem). */
export function charInItem(range: ItemRange, length: number, offset: number): number {
  const [start, end] = range;
  if (offset <= start || end <= start) return 0;
  if (offset >= end) return length;
  return Math.round((length * (offset - start)) / (end - start));
}

/** The part of an item, as fractions [from, to] of its string, that lies inside [start, end) of the text; null if none. */
export function itemFraction(range: ItemRange, start: number, end: number): [number, number] | null {
  const [s, e] = range;
  const a = Math.max(s, start);
  const b = Math.min(e, end);
  if (a >= b || e <= s) return null;
  return [(a - s) / (e - s), (b - s) / (e - s)];
}
