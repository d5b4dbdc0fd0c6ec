import { describe, expect, it } from "vitest";
import { splitsSurrogatePair } from "./code-points";
import { CONTEXT_LENGTH, describeSpan } from "./describe-span";
import { validateSpan } from "./validate-span";

describe("validateSpan", () => {
  const text = "a𝒳b";

  it("accepts a span on whole characters", () => {
    expect(validateSpan(text, 0, 3).ok).toBe(true);
    expect(validateSpan(text, 1, 3).ok).toBe(true);
  });

  it.each([
    [0, 5, "out_of_range"],
    [-1, 2, "out_of_range"],
    [2, 2, "empty"],
    [3, 1, "reversed"],
    [0.5, 2, "not_integer"],
    [Number.NaN, 2, "not_integer"],
    [0, 2, "splits_surrogate_pair"],
    [2, 4, "splits_surrogate_pair"],
  ])("refuses [%s, %s) with %s", (start, end, reason) => {
    const check = validateSpan(text, start, end);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason).toBe(reason);
      expect(check.message.length).toBeGreaterThan(0);
    }
  });
});

describe("describeSpan", () => {
  it("gives the quote, 32 units of context each side and code point offsets", () => {
    const text = `${"x".repeat(40)}TARGET${"y".repeat(40)}`;
    const d = describeSpan(text, 40, 46);
    expect(d).toEqual({
      start: 40,
      end: 46,
      exact: "TARGET",
      prefix: "x".repeat(CONTEXT_LENGTH),
      suffix: "y".repeat(CONTEXT_LENGTH),
      codePointStart: 40,
      codePointEnd: 46,
    });
  });

  it("shortens context by one rather than cut a surrogate pair", () => {
    // 31 units then 𝒳: a 32-unit prefix window would start between the halves of 𝒳.
    const text = `𝒳${"a".repeat(31)}Q${"b".repeat(31)}𝒳`;
    const at = text.indexOf("Q");
    const d = describeSpan(text, at, at + 1);
    expect(d.prefix).toBe("a".repeat(31));
    expect(d.suffix).toBe("b".repeat(31));
    expect(d.codePointStart).toBe(at - 1);
  });

  it("never splits a pair in prefix or suffix, for every span of an emoji-dense text", () => {
    const text = "👩🏽‍⚕️ 𝒳𝒳 نجات e\u0301 ".repeat(6);
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= Math.min(text.length, s + 9); e++) {
        if (!validateSpan(text, s, e).ok) continue;
        const d = describeSpan(text, s, e);
        expect(text.slice(d.start, d.end)).toBe(d.exact);
        expect(d.prefix.isWellFormed() && d.suffix.isWellFormed() && d.exact.isWellFormed()).toBe(true);
        expect(d.prefix.length).toBeGreaterThanOrEqual(Math.min(s, CONTEXT_LENGTH) - 1);
        expect(text.endsWith(d.prefix, s) && text.startsWith(d.suffix, e)).toBe(true);
        expect(splitsSurrogatePair(text, s - d.prefix.length)).toBe(false);
      }
    }
  });

  it("counts code points for Persian with ZWNJ, Arabic, digits and bidi text alike", () => {
    const text = "گزارش: ۳۰٬۰۰۰ زندانی می‌خواهم — Amnesty 𝒳 said «عدالت»";
    const at = text.indexOf("Amnesty");
    const d = describeSpan(text, at, at + "Amnesty".length);
    expect(d.exact).toBe("Amnesty");
    expect(d.codePointStart).toBe(Array.from(text.slice(0, at)).length);
    const arabic = text.indexOf("«عدالت»");
    const a = describeSpan(text, arabic, text.length);
    expect(a.codePointEnd - a.codePointStart).toBe(7);
    expect(a.codePointStart).toBe(arabic - 1); // one astral character (𝒳) before it
  });

  it("keeps CRLF line endings exactly as stored", () => {
    const text = "first line\r\nsecond line\r\n";
    const at = text.indexOf("second");
    const d = describeSpan(text, at - 2, at + 6);
    expect(d.exact).toBe("\r\nsecond");
    expect(d.prefix).toBe("first line");
    expect(d.suffix).toBe(" line\r\n");
  });
});
