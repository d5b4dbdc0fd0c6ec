// The page layout as the document page hands it to the browser. A 200-page report has some 80,000
// text items, and as [start, end] pairs of absolute offsets they weigh 1.3 MB of JSON that the
// browser must parse before the reader can draw its first page. Packed, each page's items are one
// string of "gap:length" tokens, the gap counted from the end of the page's previous item (a null
// item is "x"): small numbers, a third of the size. OCR words stay as they are (few).
import type { ItemRange, TPdfLayout, TPdfLayoutPage } from "./pdf-layout";

export interface TPackedLayoutPage extends Omit<TPdfLayoutPage, "items"> {
  items: string;
}

export interface TPackedLayout {
  kind: "pdf";
  pages: TPackedLayoutPage[];
}

export function packLayout(layout: TPdfLayout): TPackedLayout {
  return {
    kind: "pdf",
    pages: layout.pages.map((page) => {
      let at = 0;
      const tokens = page.items.map((item) => {
        if (!item) return "x";
        const token = `${item[0] - at}:${item[1] - item[0]}`;
        at = item[1];
        return token;
      });
      return { ...page, items: tokens.join(",") };
    }),
  };
}

export function unpackLayout(packed: TPackedLayout): TPdfLayout {
  return {
    kind: "pdf",
    pages: packed.pages.map((page) => {
      let at = 0;
      const items: (ItemRange | null)[] = page.items === "" ? [] : page.items.split(",").map((token) => {
        if (token === "x") return null;
        const colon = token.indexOf(":");
        const start = at + Number(token.slice(0, colon));
        at = start + Number(token.slice(colon + 1));
        return [start, at] as const;
      });
      return { ...page, items: items as TPdfLayoutPage["items"] };
    }),
  };
}
