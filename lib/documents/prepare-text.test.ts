import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { prepareText } from "./prepare-text";
import { MAX_TEXT_BYTES } from "./schemas";

// Hashes computed outside Node (`printf '%s' … | sha256sum` and Python's hashlib) over UTF-8.
const KNOWN = [
  { label: "ASCII", text: "Hello, world", length: 12, sha256: "4ae7c3b6ac0beff671efa8cf57386151c06e58ca53a78d83f36107316cec125f" },
  {
    label: "Persian with ZWNJ, Persian digits, an emoji with a variation selector and CRLF",
    text: "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627 \u062f\u0631 \u06f1\u06f3\u06f6\u06f7 \u{1F56F}\uFE0F\r\nend",
    length: 25,
    sha256: "d0f35b578c4102604a502b8954f6ea21d8fca26dbc3fa08a1af465cd8ac3a296",
  },
  {
    label: "combining accents (not normalised)",
    text: "Rafsanjani\u0301 e\u0301te\u0301",
    length: 17,
    sha256: "3bb66e70361863d4fad016621143eac0b22f90349aeb8d15002238ee78e7a06a",
  },
  {
    label: "a ZWJ emoji family (three astral characters)",
    text: "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}",
    length: 8,
    sha256: "cc3baf32248d766570483335ce273f90c99f020f4bc530d05ffe869cd3ac2ae8",
  },
];

function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError");
}

describe("prepareText", () => {
  it.each(KNOWN)("fingerprints $label: UTF-8 sha256 and UTF-16 length", ({ text, length, sha256 }) => {
    const prepared = prepareText(text);
    expect(prepared).toEqual({ text, sha256, length });
  });

  it("keeps the text exactly as given: no trimming, no normalisation, CRLF kept", () => {
    const text = "  e\u0301\r\n\u00e9\t ";
    expect(prepareText(text).text).toBe(text);
  });

  it.each([
    ["NUL", "before\u0000after", "Contains U+0000"],
    ["a lone high surrogate", "broken \ud83d here", "Not well-formed Unicode"],
    ["a lone low surrogate", "broken \ude00 here", "Not well-formed Unicode"],
    ["only whitespace", " \r\n\t ", "No text"],
  ])("rejects %s as 400 on the field it came from", (_label, text, message) => {
    for (const field of ["text", "html"] as const) {
      const error = appErrorOf(() => prepareText(text, field));
      expect(error.code).toBe("invalid_input");
      expect(error.status).toBe(400);
      expect(error.issues).toEqual([{ path: [field], message }]);
    }
  });

  it("accepts exactly 5 MB of UTF-8", () => {
    const text = "a".repeat(MAX_TEXT_BYTES);
    expect(prepareText(text).length).toBe(MAX_TEXT_BYTES);
  });

  it("rejects one byte more as 413 payload_too_large", () => {
    const error = appErrorOf(() => prepareText("a".repeat(MAX_TEXT_BYTES + 1)));
    expect(error.code).toBe("payload_too_large");
    expect(error.status).toBe(413);
  });

  it("measures the limit in UTF-8 bytes, not characters", () => {
    // 2 bytes per Persian letter: under 5 M characters, over 5 MB.
    const text = "\u0627".repeat(MAX_TEXT_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_TEXT_BYTES);
    expect(appErrorOf(() => prepareText(text)).code).toBe("payload_too_large");
  });
});
