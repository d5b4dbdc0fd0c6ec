// The page layout as the document page hands it to the browser. A 200-page report has some 80,000
// text items, and as [start, end] pairs of absolute offsets they weigh 1.3 MB of JSON that the
// browser must parse before the reader can draw its first page. Packed, each page's items are one
// string of "gap:length" tokens, the gap counted from the end of the page's previous item (a null
// item is "x"): small numbers, a third of the size. OCR words stay as they are (few). Each page
// also says which text it holds, so that the reader knows every page's place at once and unpacks
// a page's items only when it first needs them (the first page is drawn sooner than 200 pages of
// items can be read).
import { pageSpansOfLayout, type PageSpan } from "./page-spans";
import type { ItemRange, TPdfLayout, TPdfLayoutPage } from "./pdf-layout";

export interface TPackedLayoutPage extends Omit<TPdfLayoutPage, "items"> {
  items: string;
  /** The page's text range, as pageSpansOfLayout gives it. */
  start: number;
  end: number;
}

export interface TPackedLayout {
  kind: "pdf";
  pages: TPackedLayoutPage[];
}

export function packLayout(layout: TPdfLayout): TPackedLayout {
  const spans = pageSpansOfLayout(layout);
  return {
    kind: "pdf",
    pages: layout.pages.map((page, i) => {
      let at = 0;
      const tokens = page.items.map((item) => {
        if (!item) return "x";
        const token = `${item[0] - at}:${item[1] - item[0]}`;
        at = item[1];
        return token;
      });
      return { ...page, items: tokens.join(","), start: spans[i]!.start, end: spans[i]!.end };
    }),
  };
}

/** Each page's text range, without unpacking any page. */
export function packedPageSpans(packed: TPackedLayout): PageSpan[] {
  return packed.pages.map((p) => ({ number: p.number, start: p.start, end: p.end }));
}

function unpackItems(packed: string): TPdfLayoutPage["items"] {
  let at = 0;
  const items: (ItemRange | null)[] = packed === "" ? [] : packed.split(",").map((token) => {
    if (token === "x") return null;
    const colon = token.indexOf(":");
    const start = at + Number(token.slice(0, colon));
    at = start + Number(token.slice(colon + 1));
    return [start, at] as const;
  });
  return items as TPdfLayoutPage["items"];
}

/** The layout; each page's items are unpacked when first read. */
export function unpackLayout(packed: TPackedLayout): TPdfLayout {
  return {
    kind: "pdf",
    pages: packed.pages.map(({ items: packedItems, start: _start, end: _end, ...page }) => {
      let items: TPdfLayoutPage["items"] | null = null;
      return Object.defineProperty(page, "items", { enumerable: true, get: () => (items ??= unpackItems(packedItems)) }) as TPdfLayoutPage;
    }),
  };
}
