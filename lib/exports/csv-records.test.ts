import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvRecordScanner } from "./csv-records";

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const COPY_OUTPUT = 'id,quote\n1,"line one\nline two"\n2,"say ""hi""\r\nthere"\n3,plain\n';

/** Every way of cutting the input in two, to show state carries across chunks. */
function splits(s: string): [Uint8Array, Uint8Array][] {
  const all = bytes(s);
  return Array.from({ length: all.length + 1 }, (_, i) => [all.subarray(0, i), all.subarray(i)]);
}

describe("CsvRecordScanner", () => {
  it("counts records, not line breaks inside quoted fields, however the bytes are cut", () => {
    for (const [a, b] of splits(COPY_OUTPUT)) {
      const scanner = new CsvRecordScanner();
      scanner.count(a);
      scanner.count(b);
      expect(scanner.records).toBe(4);
    }
  });

  it("ends records with CRLF and leaves line breaks in quoted fields alone", () => {
    for (const [a, b] of splits(COPY_OUTPUT)) {
      const scanner = new CsvRecordScanner();
      const out = text(scanner.toCrlf(a)) + text(scanner.toCrlf(b));
      expect(out).toBe('id,quote\r\n1,"line one\nline two"\r\n2,"say ""hi""\r\nthere"\r\n3,plain\r\n');
      expect(parse(out, { columns: true })).toEqual([
        { id: "1", quote: "line one\nline two" },
        { id: "2", quote: 'say "hi"\r\nthere' },
        { id: "3", quote: "plain" },
      ]);
    }
  });

  it("joins many small chunks into one with the same result", () => {
    const rows = COPY_OUTPUT.match(/[^]{1,3}/g)!.map(bytes);
    expect(text(new CsvRecordScanner().joinCrlf(rows))).toBe(text(new CsvRecordScanner().toCrlf(bytes(COPY_OUTPUT))));
  });
});
