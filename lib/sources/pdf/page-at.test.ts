import { describe, expect, it } from "vitest";
import { pageAt, pageSpan } from "./page-at";

// Page 2 has no text; pages 1 and 3 are separated by a blank line ("\n\n") that belongs to neither.
const pages = [
  { number: 1, start: 0, end: 10 },
  { number: 2, start: 10, end: 10 },
  { number: 3, start: 12, end: 30 },
];

describe("pageAt", () => {
  it("finds the page holding an offset, skipping pages without text", () => {
    expect(pageAt(pages, 0)).toBe(1);
    expect(pageAt(pages, 9)).toBe(1);
    expect(pageAt(pages, 12)).toBe(3);
    expect(pageAt(pages, 29)).toBe(3);
  });

  it("counts a separator between pages for the page before it", () => {
    expect(pageAt(pages, 10)).toBe(1);
    expect(pageAt(pages, 11)).toBe(1);
  });

  it("answers null before the first page's text", () => {
    expect(pageAt([{ number: 1, start: 5, end: 9 }], 2)).toBeNull();
    expect(pageAt([], 0)).toBeNull();
  });
});

describe("pageSpan", () => {
  it("gives the first and last page of a span, the end being exclusive", () => {
    expect(pageSpan(pages, 2, 10)).toEqual({ pageStart: 1, pageEnd: 1 });
    expect(pageSpan(pages, 5, 15)).toEqual({ pageStart: 1, pageEnd: 3 });
    expect(pageSpan(pages, 12, 13)).toEqual({ pageStart: 3, pageEnd: 3 });
  });
});
