import { describe, expect, it } from "vitest";
import { chooseScale, formatTick, linearScale, logScale, niceStep } from "./scale";

describe("niceStep", () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.3, 2],
    [3, 5],
    [6000, 10000],
    [2000, 2000],
    [0, 1],
  ])("%d rounds up to %d", (raw, step) => expect(niceStep(raw)).toBe(step));
});

describe("linearScale", () => {
  it("starts at zero and ends on a round tick at or above the largest value", () => {
    const s = linearScale(30000);
    expect(s.kind).toBe("linear");
    expect(s.domain).toEqual([0, 30000]);
    expect(s.ticks).toEqual([0, 10000, 20000, 30000]);
    expect(s.position(15000)).toBeCloseTo(0.5);
    expect(s.position(45000)).toBe(1);
  });

  it("rounds an awkward maximum up", () => {
    const s = linearScale(4700);
    expect(s.domain).toEqual([0, 5000]);
    expect(s.ticks).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
  });

  it("still draws an axis when every value is zero", () => {
    const s = linearScale(0);
    expect(s.domain[1]).toBeGreaterThan(0);
    expect(s.position(0)).toBe(0);
  });
});

describe("logScale", () => {
  it("spans whole decades with a tick at each power of ten", () => {
    const s = logScale(300, 30000);
    expect(s.domain).toEqual([100, 100000]);
    expect(s.ticks).toEqual([100, 1000, 10000, 100000]);
    expect(s.position(1000)).toBeCloseTo(1 / 3);
    expect(s.position(0)).toBe(0);
  });

  it("adds 2 and 5 between powers when there are few decades", () => {
    expect(logScale(50, 900).ticks).toEqual([10, 20, 50, 100, 200, 500, 1000]);
  });

  it("widens a single decade", () => {
    expect(logScale(1000, 1000).domain).toEqual([1000, 10000]);
  });
});

describe("chooseScale", () => {
  it("stays linear when the estimates are of one magnitude", () => {
    expect(chooseScale([2800, 3800, 4000, 5000, 30000]).kind).toBe("linear");
  });

  it("turns logarithmic when they span orders of magnitude", () => {
    expect(chooseScale([250, 30000]).kind).toBe("log");
  });

  it("ignores zeros, negatives and non-numbers when deciding", () => {
    expect(chooseScale([0, 10, 5000]).kind).toBe("log");
    expect(chooseScale([-5, Number.NaN, 100]).kind).toBe("linear");
    expect(chooseScale([]).kind).toBe("linear");
  });
});

describe("formatTick", () => {
  it("writes numbers in full below a million", () => {
    expect(formatTick(30000)).toBe("30,000");
    expect(formatTick(1_000_000)).toBe("1M");
    expect(formatTick(2_500_000)).toBe("2.5M");
  });
});
