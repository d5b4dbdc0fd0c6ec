// The source kind registry: every kind has the whole shape, the browser gets plain data from it,
// recognition follows its signatures, and the text import form's file picker agrees with it.
import { describe, expect, it } from "vitest";
import { IMPORT_ACCEPT, importKindOf, MAX_HTML_FILE_BYTES } from "../../documents/import-file";
import { recogniseSource } from "../recognise-source";
import { isNamedAs } from "../source-kind";
import { SOURCE_KINDS, sourceKind, sourceKindInfos } from ".";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("the source kind registry", () => {
  it("gives each kind its own id, a label, a stored media type, a size limit and what the picker offers", () => {
    expect(SOURCE_KINDS.map((k) => k.id)).toEqual(["pdf", "html", "text"]);
    for (const k of SOURCE_KINDS) {
      expect(k.label.length).toBeGreaterThan(0);
      expect(k.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(;|$)/);
      expect(k.maxBytes).toBeGreaterThan(0);
      expect(k.extensions.length).toBeGreaterThan(0);
      for (const e of k.extensions) expect(e).toMatch(/^\.[a-z0-9]+$/);
      for (const t of k.mediaTypes) expect(t).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(sourceKind(k.id)).toBe(k);
    }
    const endings = SOURCE_KINDS.flatMap((k) => k.extensions);
    expect(new Set(endings).size).toBe(endings.length);
  });

  it("hands the browser plain data: no reader, nothing that cannot cross to it", () => {
    for (const info of sourceKindInfos()) {
      expect(info).not.toHaveProperty("extract");
      expect(info).not.toHaveProperty("sniff");
      expect(JSON.parse(JSON.stringify(info))).toEqual(info);
    }
  });

  it("refuses a file named like a kind with a signature whose bytes lack it, naming that kind", () => {
    const pdf = sourceKind("pdf");
    expect(pdf?.signature).toBe("%PDF-");
    expect(isNamedAs(pdf!, "Report.PDF", "")).toBe(true);
    expect(isNamedAs(pdf!, "report", "application/pdf; name=x")).toBe(true);
    expect(isNamedAs(pdf!, "report.html", "text/html")).toBe(false);
    expect(() => recogniseSource(bytes("Plain words."), "report.pdf")).toThrow("“report.pdf” is named like a PDF but is not one: its bytes do not begin with %PDF- (they are plain text or markdown).");
    expect(recogniseSource(bytes("Plain words."), "notes.txt").id).toBe("text");
    expect(recogniseSource(bytes("%PDF-1.7\n"), "scan.html").id).toBe("pdf");
  });

  it("agrees with the text import form's picker (text and HTML through the documents route)", () => {
    const text = sourceKind("text")!;
    const html = sourceKind("html")!;
    expect(IMPORT_ACCEPT.split(",").sort()).toEqual([...text.extensions, ...text.mediaTypes, ...html.extensions, ...html.mediaTypes].sort());
    for (const e of text.extensions) expect(importKindOf(`a${e}`)).toBe("text");
    for (const e of html.extensions) expect(importKindOf(`a${e}`)).toBe("html");
    expect(MAX_HTML_FILE_BYTES).toBe(html.maxBytes);
  });
});
