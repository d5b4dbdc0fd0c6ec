import { describe, expect, it } from "vitest";
import { offsetAtPoint } from "./point-offset";

describe("the character under a point of the page", () => {
  const units = [null, [10, 20], [30, 34]] as const;
  const geometry = [{ x: 0, y: 0, w: 500, h: 20 }, { x: 100, y: 50, w: 100, h: 12 }, { x: 100, y: 70, w: 40, h: 12, rtl: true }];

  it("finds the character by its share of the item's width", () => {
    expect(offsetAtPoint(units, geometry, 100, 55)).toBe(10);
    expect(offsetAtPoint(units, geometry, 135, 55)).toBe(13);
    expect(offsetAtPoint(units, geometry, 200, 55)).toBe(19);
  });

  it("counts from the right in a right-to-left item", () => {
    expect(offsetAtPoint(units, geometry, 139, 75)).toBe(30);
    expect(offsetAtPoint(units, geometry, 101, 75)).toBe(33);
  });

  it("answers null off the text and over items that produced none", () => {
    expect(offsetAtPoint(units, geometry, 5, 5)).toBeNull();
    expect(offsetAtPoint(units, geometry, 300, 55)).toBeNull();
  });
});
