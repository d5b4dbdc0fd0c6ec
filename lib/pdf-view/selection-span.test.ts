import { describe, expect, it } from "vitest";
import type { ItemRange } from "./pdf-layout";
import { spanBetween, trimSpan } from "./selection-span";

// Page 1: a running header (no text), "The commission found" and "that prisoners"; page 2: a page
// number (no text) and "were executed in 1988."
const text = "The commission found that prisoners\nwere executed in 1988.";
const pages: (ItemRange | null)[][] = [
  [null, [0, 20], [21, 35]],
  [null, [36, 58]],
];
const units = (p: number) => pages[p]!;

describe("selection on the page view to a text span", () => {
  it("selects inside one item as the text view would", () => {
    const span = spanBetween(units, { page: 0, unit: 1, char: 4, length: 20 }, { page: 0, unit: 1, char: 14, length: 20 }, text);
    expect(span).toEqual({ start: 4, end: 14 });
    expect(text.slice(span!.start, span!.end)).toBe("commission");
  });

  it("runs across a page break and skips the page number", () => {
    const span = spanBetween(units, { page: 0, unit: 2, char: 5, length: 14 }, { page: 1, unit: 1, char: 4, length: 22 }, text);
    expect(text.slice(span!.start, span!.end)).toBe("prisoners\nwere");
  });

  it("gives the same span whichever end the selection started from", () => {
    const a = { page: 0, unit: 1, char: 15, length: 20 };
    const b = { page: 1, unit: 1, char: 13, length: 22 };
    expect(spanBetween(units, a, b, text)).toEqual(spanBetween(units, b, a, text));
  });

  it("trims whitespace and starts in the next item when the selection starts in a header", () => {
    const span = spanBetween(units, { page: 0, unit: 0, char: 0, length: 9 }, { page: 0, unit: 1, char: 4, length: 20 }, text);
    expect(span).toEqual({ start: 0, end: 3 });
    expect(spanBetween(units, { page: 1, unit: 0, char: 0, length: 2 }, { page: 1, unit: 0, char: 2, length: 2 }, text)).toBeNull();
  });

  it("takes the logical extent of right-to-left glyph runs drawn in visual order", () => {
    // "سال در" in logical order; the page draws its glyphs left to right visually: "در", " ", "سال"
    // with the items in that (visual) order.
    const fa = "سال در";
    const rtl: (ItemRange | null)[] = [[4, 6], [3, 4], [0, 3]];
    // Dragging over the whole line from the left selects the whole phrase.
    expect(spanBetween(() => rtl, { page: 0, unit: 0, char: 0, length: 2 }, { page: 0, unit: 2, char: 3, length: 3 }, fa)).toEqual({ start: 0, end: 6 });
    // The last item only: the first word, "سال".
    const word = spanBetween(() => rtl, { page: 0, unit: 2, char: 0, length: 3 }, { page: 0, unit: 2, char: 3, length: 3 }, fa);
    expect(fa.slice(word!.start, word!.end)).toBe("سال");
  });

  it("never splits a surrogate pair", () => {
    const t = "a𝔸b";
    expect(trimSpan(t, 2, 4)).toEqual({ start: 3, end: 4 });
    expect(trimSpan(t, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(trimSpan("  ", 0, 2)).toBeNull();
  });
});
