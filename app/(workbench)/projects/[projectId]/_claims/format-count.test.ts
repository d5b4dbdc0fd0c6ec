import { describe, expect, it } from "vitest";
import { asCount, describeCount, formatCount, formatPeriod, isPeriod } from "./format-count";

describe("formatCount", () => {
  it.each([
    [{ kind: "at_least", value: 30000 }, "≥ 30,000", "at least 30,000"],
    [{ kind: "approx", value: 3000 }, "≈ 3,000", "about 3,000"],
    [{ kind: "range", min: 4000, max: 5000 }, "4,000–5,000", "between 4,000 and 5,000"],
    [{ kind: "unknown" }, "unknown", "unknown"],
    [{ kind: "exact", value: 2800 }, "2,800", "exactly 2,800"],
    [{ kind: "at_most", value: 1200000 }, "≤ 1,200,000", "at most 1,200,000"],
    [{ kind: "exact", value: 0 }, "0", "exactly 0"],
  ] as const)("%o reads %s", (count, short, long) => {
    expect(formatCount(asCount(count))).toBe(short);
    expect(describeCount(asCount(count))).toBe(long);
  });

  it("marks a missing number instead of inventing one", () => {
    expect(formatCount(asCount({ kind: "range", min: 10 }))).toBe("10–?");
    expect(formatCount(null)).toBe("—");
  });
});

describe("asCount", () => {
  it("accepts only count shapes", () => {
    expect(asCount({ kind: "approx", value: 5 })).toEqual({ kind: "approx", value: 5 });
    expect(asCount({ kind: "many", value: 5 })).toBeNull();
    expect(asCount("30000")).toBeNull();
    expect(asCount(null)).toBeNull();
    expect(asCount({ kind: "exact", value: "5" })).toEqual({ kind: "exact" });
  });
});

describe("formatPeriod", () => {
  it("joins partial dates and names open ends", () => {
    expect(formatPeriod({ from: "1988-07", to: "1988-09" })).toBe("1988-07 – 1988-09");
    expect(formatPeriod({ from: "1988", to: "1988" })).toBe("1988");
    expect(formatPeriod({ from: "1988-07-19" })).toBe("from 1988-07-19");
    expect(formatPeriod({ to: "1989" })).toBe("until 1989");
    expect(formatPeriod({})).toBeNull();
    expect(formatPeriod("1988")).toBeNull();
  });

  it("tells a period from other objects", () => {
    expect(isPeriod({ from: "1988" })).toBe(true);
    expect(isPeriod({ kind: "exact", value: 1 })).toBe(false);
    expect(isPeriod({})).toBe(false);
    expect(isPeriod(["1988"])).toBe(false);
  });
});
