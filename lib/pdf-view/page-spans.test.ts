import { describe, expect, it } from "vitest";
import { pageIndexAt, pageLabel, pageSpansOfLayout, pagesOfSpan } from "./page-spans";

const layout = {
  kind: "pdf" as const,
  pages: [
    { number: 1, width: 595, height: 842, items: [null, [0, 20] as [number, number], [21, 35] as [number, number]] },
    { number: 2, width: 595, height: 842, items: [] },
    { number: 3, width: 595, height: 842, items: [], ocrWords: [[0, 0, 10, 10, 36, 40] as [number, number, number, number, number, number], [12, 0, 30, 10, 41, 58] as [number, number, number, number, number, number]] },
  ],
};

describe("pages of the text", () => {
  it("derives each page's range from its items or OCR words; a blank page sits where it falls", () => {
    expect(pageSpansOfLayout(layout)).toEqual([
      { number: 1, start: 0, end: 35 },
      { number: 2, start: 35, end: 35 },
      { number: 3, start: 36, end: 58 },
    ]);
  });

  it("finds the page of an offset and the pages of a span", () => {
    const pages = pageSpansOfLayout(layout);
    expect(pageIndexAt(pages, 0)).toBe(0);
    expect(pageIndexAt(pages, 34)).toBe(0);
    expect(pageIndexAt(pages, 40)).toBe(2);
    expect(pagesOfSpan(pages, 30, 45)).toEqual({ pageStart: 1, pageEnd: 3 });
    expect(pagesOfSpan(pages, 0, 35)).toEqual({ pageStart: 1, pageEnd: 1 });
    expect(pagesOfSpan([], 0, 5)).toBeNull();
  });

  it("labels one page or a run of pages", () => {
    expect(pageLabel({ pageStart: 4, pageEnd: 4 })).toBe("p. 4");
    expect(pageLabel({ pageStart: 4, pageEnd: 5 })).toBe("pp. 4–5");
    expect(pageLabel(null)).toBe("");
  });
});
