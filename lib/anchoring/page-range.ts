// Which physical pages a span of a paged source (a PDF) lies on. A page owns the text from its
// start to the next page's start, so the separator between two pages belongs to the earlier one
// and every offset has a page. Plain TypeScript, used by the API, the reader and exports alike
// (lib/exports/page-sql.ts says the same in SQL).

export interface PageBounds {
  number: number;
  start: number;
  end: number;
}

/** The page holding the UTF-16 offset, or null when the source has no pages. */
export function pageAt(pages: readonly PageBounds[] | null | undefined, offset: number): number | null {
  if (!pages || pages.length === 0) return null;
  let found: number | null = null;
  for (const page of pages) {
    if (page.start <= offset) found = found === null ? page.number : Math.max(found, page.number);
  }
  return found ?? pages[0]!.number;
}

/** First and last page of the span [start, end); an empty span is on the page of its start. */
export function pageRange(pages: readonly PageBounds[] | null | undefined, start: number, end: number): { pageStart: number; pageEnd: number } | null {
  const pageStart = pageAt(pages, start);
  if (pageStart === null) return null;
  return { pageStart, pageEnd: Math.max(pageStart, pageAt(pages, Math.max(start, end - 1)) ?? pageStart) };
}
