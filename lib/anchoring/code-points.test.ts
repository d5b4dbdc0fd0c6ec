import { describe, expect, it } from "vitest";
import { createCodePointIndex, splitsSurrogatePair } from "./code-points";

// 𝒳 (U+1D4B3) and the emoji sequence 👩🏽‍⚕️ both contain surrogate pairs; é is e + U+0301 (two code points, BMP).
const MIXED = "1988: 𝒳 اعدام‌ها e\u0301 👩🏽‍⚕️ done";

/** Reference: code point offset by walking the string, as Python's len(s[:i]) would count it. */
const slowCodePoint = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

describe("createCodePointIndex", () => {
  it("is the identity on text without astral characters, Persian with ZWNJ and combining marks included", () => {
    const text = "می‌خواهم e\u0301 ٣٠٠٠٠";
    const index = createCodePointIndex(text);
    expect(index.codePointLength).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(index.toCodePoint(i)).toBe(i);
      expect(index.toUtf16(i)).toBe(i);
    }
  });

  it("agrees with a walk over the string at every boundary, and round-trips", () => {
    const index = createCodePointIndex(MIXED);
    expect(index.codePointLength).toBe(Array.from(MIXED).length);
    for (let i = 0; i <= MIXED.length; i++) {
      if (splitsSurrogatePair(MIXED, i)) continue;
      const cp = index.toCodePoint(i);
      expect(cp).toBe(slowCodePoint(MIXED, i));
      expect(index.toUtf16(cp)).toBe(i);
    }
  });

  it("rounds an offset inside a surrogate pair down to the pair's start", () => {
    const text = "a𝒳b";
    const index = createCodePointIndex(text);
    expect(index.splitsPair(2)).toBe(true);
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(3)).toBe(2);
  });

  it("counts a lone surrogate as one code point, like Python", () => {
    const text = "a\ud835b";
    const index = createCodePointIndex(text);
    expect(index.codePointLength).toBe(3);
    expect(index.toUtf16(2)).toBe(2);
  });

  it("refuses offsets outside the text", () => {
    const index = createCodePointIndex("𝒳");
    expect(() => index.toCodePoint(3)).toThrow(RangeError);
    expect(() => index.toUtf16(2)).toThrow(RangeError);
    expect(() => index.toCodePoint(-1)).toThrow(RangeError);
  });

  it("converts many offsets on a large astral-heavy text quickly", () => {
    const text = "𝒳 word ".repeat(100_000);
    const index = createCodePointIndex(text);
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < text.length; i += 7) if (!index.splitsPair(i)) sum += index.toUtf16(index.toCodePoint(i)) - i;
    expect(sum).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
