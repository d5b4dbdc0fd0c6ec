import { describe, expect, it } from "vitest";
import { packedPageSpans, packLayout, unpackLayout } from "./packed-layout";
import { pageSpansOfLayout } from "./page-spans";
import type { TPdfLayout } from "./pdf-layout";

const layout: TPdfLayout = {
  kind: "pdf",
  pages: [
    { number: 1, width: 595.92, height: 842.88, items: [[0, 9], null, [11, 60], [58, 61], [61, 61], null] },
    { number: 2, width: 595, height: 842, items: [] },
    { number: 3, width: 595, height: 842, items: [null] },
    { number: 4, width: 600, height: 800, items: [], ocrWords: [[1, 2, 30, 12, 70, 75]] },
    { number: 5, width: 600, height: 800, items: [[123456, 123460], [123455, 123456]] },
  ],
};

describe("packed page layout", () => {
  it("round-trips items, null items, empty pages, backward gaps and OCR words", () => {
    expect(unpackLayout(packLayout(layout))).toEqual(layout);
  });

  it("says each page's text range, the same as the unpacked layout's, empty pages included", () => {
    const packed = packLayout(layout);
    expect(packedPageSpans(packed)).toEqual(pageSpansOfLayout(layout));
    expect(packedPageSpans(packed)[1]).toEqual({ number: 2, start: 61, end: 61 });
    // The ranges travel as data (the page's JSON), not computed on arrival.
    expect(packedPageSpans(JSON.parse(JSON.stringify(packed)))).toEqual(pageSpansOfLayout(layout));
  });

  it("unpacks a page's items when they are read, once", () => {
    const pages = unpackLayout(packLayout(layout)).pages;
    expect(pages[0]!.items).toBe(pages[0]!.items);
    expect(pages[4]!.items).toEqual([[123456, 123460], [123455, 123456]]);
  });

  it("writes each item as the gap from the previous item's end and its length", () => {
    const packed = packLayout(layout);
    expect(packed.pages[0]!.items).toBe("0:9,x,2:49,-2:3,0:0,x");
    expect(packed.pages[4]!.items).toBe("123456:4,-5:1");
    expect(packed.pages[3]!.ocrWords).toEqual(layout.pages[3]!.ocrWords);
  });

  it("is much smaller than the layout's JSON on a page of lines", () => {
    const lines: [number, number][] = Array.from({ length: 400 }, (_, i) => [100_000 + i * 51, 100_000 + i * 51 + 50]);
    const page: TPdfLayout = { kind: "pdf", pages: [{ number: 1, width: 600, height: 800, items: lines }] };
    expect(JSON.stringify(packLayout(page)).length).toBeLessThan(JSON.stringify(page).length / 2.5);
  });
});
