import { describe, expect, it } from "vitest";
import { estimateMark, markValues } from "./estimate-marks";

const none = { min: null, max: null };

describe("estimateMark", () => {
  it("draws each kind of count as its own mark", () => {
    expect(estimateMark({ kind: "exact", value: 2800 }, none)).toEqual({ shape: "point", value: 2800, approximate: false });
    expect(estimateMark({ kind: "approx", value: 3000 }, none)).toEqual({ shape: "point", value: 3000, approximate: true });
    expect(estimateMark({ kind: "range", min: 4000, max: 5000 }, none)).toEqual({ shape: "range", min: 4000, max: 5000 });
    expect(estimateMark({ kind: "at_least", value: 30000 }, none)).toEqual({ shape: "at_least", value: 30000 });
    expect(estimateMark({ kind: "at_most", value: 500 }, none)).toEqual({ shape: "at_most", value: 500 });
    expect(estimateMark({ kind: "unknown" }, none)).toEqual({ shape: "none" });
  });

  it("falls back to the stored bounds when there is no count field", () => {
    expect(estimateMark(null, { min: 10, max: 10 })).toEqual({ shape: "point", value: 10, approximate: false });
    expect(estimateMark(null, { min: 10, max: 20 })).toEqual({ shape: "range", min: 10, max: 20 });
    expect(estimateMark(null, { min: 10, max: null })).toEqual({ shape: "at_least", value: 10 });
    expect(estimateMark(null, { min: null, max: 20 })).toEqual({ shape: "at_most", value: 20 });
    expect(estimateMark(null, none)).toEqual({ shape: "none" });
  });

  it("draws nothing rather than guessing a missing value", () => {
    expect(estimateMark({ kind: "exact" }, none)).toEqual({ shape: "none" });
  });
});

describe("markValues", () => {
  it("lists the values the axis must reach", () => {
    expect(markValues({ shape: "range", min: 1, max: 9 })).toEqual([1, 9]);
    expect(markValues({ shape: "at_most", value: 4 })).toEqual([4]);
    expect(markValues({ shape: "none" })).toEqual([]);
  });
});
