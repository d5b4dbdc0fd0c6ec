// Which page holds which text. The document's pages ([{number, start, end}]) say it when the
// source recorded them; otherwise the layout says it (the smallest and largest offset its items
// produced). Lookups are binary searches: pages are in text order.
import type { TPdfLayout } from "./pdf-layout";

export interface PageSpan {
  number: number;
  start: number;
  end: number;
}

/** Each page's text range, from the layout's items and OCR words; a page with no text gets an empty range where it falls. */
export function pageSpansOfLayout(layout: TPdfLayout): PageSpan[] {
  let at = 0;
  return layout.pages.map((p) => {
    let start = Infinity;
    let end = -Infinity;
    for (const r of p.items) {
      if (!r) continue;
      start = Math.min(start, r[0]);
      end = Math.max(end, r[1]);
    }
    for (const w of p.ocrWords ?? []) {
      start = Math.min(start, w[4]);
      end = Math.max(end, w[5]);
    }
    if (start > end) return { number: p.number, start: at, end: at };
    at = end;
    return { number: p.number, start, end };
  });
}

/** Index of the page whose text holds `offset` (the last page starting at or before it). */
export function pageIndexAt(pages: readonly PageSpan[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The pages a span [start, end) runs over, by number; null for a source without pages. */
export function pagesOfSpan(pages: readonly PageSpan[], start: number, end: number): { pageStart: number; pageEnd: number } | null {
  if (!pages.length) return null;
  const first = pages[pageIndexAt(pages, start)]!;
  const last = pages[pageIndexAt(pages, Math.max(start, end - 1))]!;
  return { pageStart: first.number, pageEnd: last.number };
}

/** "p. 4" or "pp. 4–5". */
export function pageLabel(range: { pageStart: number; pageEnd: number } | null): string {
  if (!range) return "";
  return range.pageStart === range.pageEnd ? `p. ${range.pageStart}` : `pp. ${range.pageStart}–${range.pageEnd}`;
}
