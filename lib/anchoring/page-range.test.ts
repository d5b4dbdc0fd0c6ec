import { describe, expect, it } from "vitest";
import { pageAt, pageRange } from "./page-range";

// Three pages; the two-character separators ("\n\n") between them belong to the page before.
const PAGES = [
  { number: 1, start: 0, end: 10 },
  { number: 2, start: 12, end: 30 },
  { number: 3, start: 32, end: 40 },
];

describe("pages of a span", () => {
  it("finds the page of an offset, separators on the page before", () => {
    expect([0, 9, 10, 11, 12, 31, 32, 39].map((o) => pageAt(PAGES, o))).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
  });

  it("gives first and last page, the end being exclusive", () => {
    expect(pageRange(PAGES, 2, 8)).toEqual({ pageStart: 1, pageEnd: 1 });
    expect(pageRange(PAGES, 5, 12)).toEqual({ pageStart: 1, pageEnd: 1 });
    expect(pageRange(PAGES, 5, 13)).toEqual({ pageStart: 1, pageEnd: 2 });
    expect(pageRange(PAGES, 8, 35)).toEqual({ pageStart: 1, pageEnd: 3 });
    expect(pageRange(PAGES, 20, 20)).toEqual({ pageStart: 2, pageEnd: 2 });
  });

  it("says nothing for a source without pages", () => {
    expect(pageRange(null, 0, 5)).toBeNull();
    expect(pageRange([], 0, 5)).toBeNull();
  });
});
