import { describe, expect, it } from "vitest";
import { BlockLayout } from "./block-layout";
import { splitBlocks } from "./blocks";

describe("BlockLayout", () => {
  const text = Array.from({ length: 50 }, (_, i) => "word ".repeat(20 + i * 3).trim()).join("\n\n");
  const blocks = splitBlocks(text);

  it("estimates, then uses measurements, and finds the block at a height", () => {
    const layout = new BlockLayout(blocks);
    layout.reset({ lineHeight: 20, gap: 10, charsPerLine: 50 });
    expect(layout.height(0)).toBe(Math.ceil(99 / 50) * 20 + 10);
    const before = layout.total;
    expect(layout.measure(3, 500)).toBe(true);
    expect(layout.measure(3, 500)).toBe(false);
    expect(layout.total).toBeCloseTo(before - layout.estimate(3) + 500);
    for (const i of [0, 3, 4, 49]) {
      expect(layout.indexAt(layout.top(i))).toBe(i);
      expect(layout.indexAt(layout.top(i) + layout.height(i) - 0.1)).toBe(i);
    }
    expect(layout.indexAt(-100)).toBe(0);
    expect(layout.indexAt(1e9)).toBe(49);
  });

  it("learns characters per line from measured blocks", () => {
    const layout = new BlockLayout(blocks);
    layout.reset({ lineHeight: 20, gap: 10, charsPerLine: 200 });
    const measured: [number, number][] = [10, 20, 30].map((i) => {
      const b = blocks[i]!;
      return [i, Math.ceil((b.end - b.start) / 80) * 20 + 10];
    });
    layout.calibrate(measured);
    expect(layout.metrics.charsPerLine).toBeGreaterThan(70);
    expect(layout.metrics.charsPerLine).toBeLessThan(90);
  });
});
