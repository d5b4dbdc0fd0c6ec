import { describe, expect, it } from "vitest";
import { findCounts, parseCount } from "./parse-count";

describe("parseCount", () => {
  it.each([
    ["30,000 political prisoners", { kind: "exact", value: 30000 }],
    ["more than 30,000 political prisoners were executed", { kind: "at_least", value: 30000 }],
    ["at least 5,000", { kind: "at_least", value: 5000 }],
    ["an estimated 4,500 to 5,000 prisoners", { kind: "range", min: 4500, max: 5000 }],
    ["between 2,800 and 5,000", { kind: "range", min: 2800, max: 5000 }],
    ["about 30 thousand", { kind: "approx", value: 30000 }],
    ["up to 120,000 political executions", { kind: "at_most", value: 120000 }],
    ["251 executions in 2019", { kind: "exact", value: 251 }],
    ["بیش از ۳۰ هزار زندانی سیاسی", { kind: "at_least", value: 30000 }],
    ["٣٠٠٠ سجين", { kind: "exact", value: 3000 }],
    ["2 to 3 thousand", { kind: "range", min: 2000, max: 3000 }],
    ["thirty thousand political prisoners", { kind: "exact", value: 30000 }],
    ["over twenty-five hundred", { kind: "at_least", value: 2500 }],
  ])("%s", (words, count) => {
    expect(parseCount(words)).toEqual(count);
  });

  it("reads years as dates, not counts", () => {
    expect(parseCount("In the summer of 1988 the prisons were closed")).toBeUndefined();
    expect(parseCount("1988-07")).toBeUndefined();
    expect(parseCount("a 200-page report on the massacre")).toBeUndefined();
  });

  it("gives the offsets of the words that state the count, qualifier included", () => {
    const text = "Reports say more than 30,000 were killed and 251 executions took place.";
    const found = findCounts(text);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(["more than 30,000", "251"]);
  });

  it("keeps offsets in Persian digits", () => {
    const text = "حدود ۵۰۰۰ نفر";
    const [c] = findCounts(text);
    expect(text.slice(c!.start, c!.end)).toBe("حدود ۵۰۰۰");
    expect(c!.count).toEqual({ kind: "approx", value: 5000 });
  });

  it("refuses numbers beyond what a count can hold", () => {
    expect(parseCount("99999999999999999999")).toBeUndefined();
  });
});
