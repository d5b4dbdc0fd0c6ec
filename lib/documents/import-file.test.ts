import { describe, expect, it } from "vitest";
import { decodeUtf8, importKindOf, MAX_HTML_FILE_BYTES, sizeProblem, titleFromFileName, utf8ByteLength } from "./import-file";
import { MAX_TEXT_BYTES } from "./schemas";

describe("importKindOf", () => {
  it.each([
    ["report.txt", "", "text"],
    ["NOTES.MD", "", "text"],
    ["readme.markdown", "", "text"],
    ["page.html", "", "html"],
    ["page.HTM", "application/octet-stream", "html"],
    ["no-extension", "text/html; charset=utf-8", "html"],
    ["no-extension", "text/plain", "text"],
    ["scan.pdf", "application/pdf", null],
    ["page.html.exe", "text/html", null],
    ["no-extension", "", null],
  ] as const)("%s (%s) is %s", (name, type, kind) => {
    expect(importKindOf(name, type)).toBe(kind);
  });
});

describe("sizeProblem", () => {
  it("allows exactly 5 MB of text and refuses one byte more", () => {
    expect(sizeProblem("text", MAX_TEXT_BYTES)).toBeNull();
    expect(sizeProblem("text", MAX_TEXT_BYTES + 1)).toBe("The text is larger than the 5 MB limit for text (5.0 MB). Split the source into parts and import each.");
  });

  it("lets an HTML file be larger than 5 MB (its text is what counts), up to 20 MB", () => {
    expect(sizeProblem("html", MAX_TEXT_BYTES * 2)).toBeNull();
    expect(sizeProblem("html", MAX_HTML_FILE_BYTES + 1, "page.html")).toMatch(/^page\.html is larger than the 20 MB limit for HTML files/);
  });

  it("counts UTF-8 bytes, not characters", () => {
    expect(utf8ByteLength("\u0627\u0639\u062f\u0627\u0645")).toBe(10);
    expect(utf8ByteLength("\u{1F56F}")).toBe(4);
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 exactly, CRLF and Persian included", () => {
    const text = "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627\r\nline two";
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });

  it("refuses bytes that are not UTF-8 (for example Windows-1256)", () => {
    const result = decodeUtf8(new Uint8Array([0xc7, 0xda, 0xcf, 0xc7, 0xe3]));
    expect(result.ok).toBe(false);
  });
});

describe("titleFromFileName", () => {
  it("drops the extension and underscores", () => {
    expect(titleFromFileName("Amnesty_1988_report.html")).toBe("Amnesty 1988 report");
    expect(titleFromFileName("\u0627\u0639\u062f\u0627\u0645 \u06f1\u06f3\u06f6\u06f7.txt")).toBe("\u0627\u0639\u062f\u0627\u0645 \u06f1\u06f3\u06f6\u06f7");
  });
});
