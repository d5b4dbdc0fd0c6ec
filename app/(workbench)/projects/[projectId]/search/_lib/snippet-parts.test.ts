import { describe, expect, it } from "vitest";
import { snippetParts } from "./snippet-parts";

describe("snippetParts", () => {
  it("marks matches by their offsets in the original, in any script", () => {
    const original = "گزارش‌ها: زندان گوهردشت و اوین";
    const start = original.indexOf("گوهردشت");
    const offset = 5;
    const parts = snippetParts({ text: original.slice(offset), offset, matches: [{ start, end: start + 7 }] });
    expect(parts.map((p) => p.text).join("")).toBe(original.slice(offset));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["گوهردشت"]);
  });

  it("clips overlapping and out-of-range matches", () => {
    const parts = snippetParts({ text: "abcdef", offset: 10, matches: [{ start: 8, end: 12 }, { start: 11, end: 13 }, { start: 15, end: 30 }] });
    expect(parts).toEqual([
      { text: "ab", match: true },
      { text: "c", match: true },
      { text: "de", match: false },
      { text: "f", match: true },
    ]);
  });
});
