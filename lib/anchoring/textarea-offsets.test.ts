import { describe, expect, it } from "vitest";
import { textareaOffsets } from "./textarea-offsets";

/** What a browser does to a textarea's value (HTML's "normalize newlines"). */
const normalise = (text: string) => text.replace(/\r\n/g, "\n").replace(/\r/g, "\n");

describe("textareaOffsets", () => {
  it("is the identity for a text without carriage returns, Persian and astral characters included", () => {
    const text = "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627\n\n\u{1F56F}\uFE0F 1988";
    const map = textareaOffsets(text);
    expect(map.value).toBe(text);
    for (let i = 0; i <= text.length; i++) {
      expect(map.toText(i)).toBe(i);
      expect(map.toValue(i)).toBe(i);
    }
  });

  it("maps a selection in the normalised value to the same words of a CRLF text", () => {
    const text = "First line\r\nSecond \u0627\u0639\u062f\u0627\u0645\r\n\r\nThird\rfourth";
    const map = textareaOffsets(text);
    expect(map.value).toBe(normalise(text));
    for (const words of ["First line", "Second \u0627\u0639\u062f\u0627\u0645", "Third", "fourth", "\u0627\u0639\u062f\u0627\u0645\n\nThird"]) {
      const start = map.value.indexOf(words);
      const [s, e] = [map.toText(start), map.toText(start + words.length)];
      expect(normalise(text.slice(s, e))).toBe(words);
      expect(map.toValue(s)).toBe(start);
      expect(map.toValue(e)).toBe(start + words.length);
    }
    expect(map.toText(map.value.length)).toBe(text.length);
  });

  it("puts an offset between CR and LF before the LF, and clamps offsets outside the text", () => {
    const map = textareaOffsets("a\r\nb");
    expect(map.toValue(2)).toBe(1);
    expect(map.toText(1)).toBe(1);
    expect(map.toText(2)).toBe(3);
    expect(map.toText(-5)).toBe(0);
    expect(map.toText(99)).toBe(4);
  });
});
