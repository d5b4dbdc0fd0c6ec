import { describe, expect, it } from "vitest";
import { charInItem, itemFraction, offsetInItem } from "./item-offsets";

describe("offsets inside an item", () => {
  it("maps character boundaries to text offsets by proportion, exact at the edges", () => {
    expect(offsetInItem([100, 110], 10, 0)).toBe(100);
    expect(offsetInItem([100, 110], 10, 4)).toBe(104);
    expect(offsetInItem([100, 110], 10, 10)).toBe(110);
    // "ﬁnd" (3 characters in the PDF) produced "find" (4 in the text): the end stays exact.
    expect(offsetInItem([0, 4], 3, 3)).toBe(4);
    expect(offsetInItem([0, 4], 3, 1)).toBe(1);
  });

  it("clamps points beyond the string", () => {
    expect(offsetInItem([5, 9], 4, -2)).toBe(5);
    expect(offsetInItem([5, 9], 4, 99)).toBe(9);
    expect(offsetInItem([5, 9], 0, 0)).toBe(5);
  });

  it("inverts offsetInItem on the item's boundaries", () => {
    for (let c = 0; c <= 7; c++) expect(charInItem([20, 27], 7, offsetInItem([20, 27], 7, c))).toBe(c);
    expect(charInItem([20, 27], 7, 3)).toBe(0);
    expect(charInItem([20, 27], 7, 40)).toBe(7);
  });

  it("gives the fraction of an item a span covers, or null", () => {
    expect(itemFraction([10, 20], 12, 15)).toEqual([0.2, 0.5]);
    expect(itemFraction([10, 20], 0, 100)).toEqual([0, 1]);
    expect(itemFraction([10, 20], 20, 30)).toBeNull();
    expect(itemFraction([10, 10], 0, 30)).toBeNull();
  });
});
