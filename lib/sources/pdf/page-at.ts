// Which page an offset of the derived text is on: the pages' ranges are sorted and disjoint, with
// separators between them that belong to no page (an offset there counts for the page before it).
import type { PdfPage } from "./types";

type PageRange = Pick<PdfPage, "number" | "start" | "end">;

/**
 * The page holding `offset`, or the last page with text starting at or before it; null before the first.
 * Pages without text (start === end) hold no offset.
 */
export function pageAt(allPages: readonly PageRange[], offset: number): number | null {
  const pages = allPages.some((p) => p.start === p.end) ? allPages.filter((p) => p.start < p.end) : allPages;
  let lo = 0;
  let hi = pages.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const page = pages[mid]!;
    if (page.start <= offset) {
      found = page.number;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The pages a span [start, end) touches, as first and last page numbers. */
export function pageSpan(pages: readonly PageRange[], start: number, end: number): { pageStart: number; pageEnd: number } | null {
  const first = pageAt(pages, start);
  if (first === null) return null;
  const last = pageAt(pages, Math.max(start, end - 1)) ?? first;
  return { pageStart: first, pageEnd: last };
}
