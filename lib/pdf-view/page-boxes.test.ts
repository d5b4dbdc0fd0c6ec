import { describe, expect, it } from "vitest";
import { itemBox, mergeBoxes, ocrWordBox, spanBoxes } from "./page-boxes";

describe("highlight boxes on a page", () => {
  const units = [[0, 10], null, [11, 21]] as const;
  const geometry = [
    { x: 100, y: 50, w: 100, h: 12 },
    { x: 0, y: 0, w: 40, h: 12 },
    { x: 100, y: 70, w: 100, h: 12 },
  ];

  it("cuts a left-to-right item by the share of its text the span holds", () => {
    expect(spanBoxes(units, geometry, 2, 5)).toEqual([{ x: 120, y: 50, w: 30, h: 12 }]);
  });

  it("cuts a right-to-left item from its right edge", () => {
    const rtl = [{ ...geometry[0]!, rtl: true }];
    const [box] = spanBoxes([[0, 10]], rtl, 0, 3);
    expect(box!.x).toBeCloseTo(170);
    expect(box!.w).toBeCloseTo(30);
  });

  it("gives one box per line for a span over two lines, none for items without text", () => {
    const boxes = spanBoxes(units, geometry, 5, 15);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toMatchObject({ x: 150, y: 50, w: 50 });
    expect(boxes[1]!.y).toBe(70);
    expect(boxes[1]!.w).toBeCloseTo(40);
  });

  it("merges touching boxes of a line and keeps apart those of other lines or far apart", () => {
    const merged = mergeBoxes([
      { x: 50, y: 10, w: 20, h: 10 },
      { x: 10, y: 10, w: 40, h: 10 },
      { x: 200, y: 10, w: 5, h: 10 },
      { x: 10, y: 30, w: 5, h: 10 },
    ]);
    expect(merged).toEqual([
      { x: 10, y: 10, w: 60, h: 10 },
      { x: 200, y: 10, w: 5, h: 10 },
      { x: 10, y: 30, w: 5, h: 10 },
    ]);
  });

  it("places a pdf.js item by its transform in the page's top-left coordinates", () => {
    // An A4 page's viewport at scale 1 flips y; a 10 pt line with its baseline 52 pt from the bottom.
    const box = itemBox([1, 0, 0, -1, 0, 842], { transform: [10, 0, 0, 10, 36, 52], width: 120, dir: "ltr" });
    expect(box.x).toBe(36);
    expect(box.w).toBe(120);
    expect(box.y).toBeCloseTo(842 - 52 - 8.6);
    expect(box.h).toBeCloseTo(11.2);
    expect(itemBox([2, 0, 0, -2, 0, 1684], { transform: [10, 0, 0, 10, 36, 52], width: 120, dir: "rtl" })).toMatchObject({ x: 72, w: 240, rtl: true });
  });

  it("takes an OCR word's box as recognised", () => {
    expect(ocrWordBox([10, 20, 50, 34, 0, 4])).toEqual({ x: 10, y: 20, w: 40, h: 14 });
  });
});
