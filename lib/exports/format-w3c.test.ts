import { describe, expect, it } from "vitest";
import { failedMusts } from "@/test/support/w3c-musts";
import type { ClaimRecord } from "./claim-record";
import { w3cAnnotation, w3cHead, w3cItem, w3cTail } from "./format-w3c";

const record: ClaimRecord = {
  id: "clm_1",
  type: "statement",
  version: 1,
  status: "approved",
  fields: { speaker: "ent_1", quote: "«سخن»" },
  attribution: { assertedBy: { id: "ent_1", name: "Witness", reliability: null }, reportedBy: null, via: [], stance: "quotes", modality: "unspecified" },
  credibility: null,
  evidence: [
    { index: 1, annotationId: "ann_1", status: "active", documentId: "doc 1", documentTitle: "T", documentVersion: 1, sourceUrl: null, publisher: null, language: "fa", sha256: "0".repeat(64), exact: "می‌گوید 😀", prefix: "", suffix: "\r\n", start: 0, end: 10, codePointStart: 0, codePointEnd: 9, pageStart: null, pageEnd: null, annotatedBy: { id: "usr_1", name: "A" }, annotatedAt: "2026-01-01T00:00:00.000Z" },
  ],
  entities: { ent_1: { name: "Witness", kind: "person", reliability: null, wikidataId: null, mergedIntoId: null } },
  reviews: [],
  createdBy: { id: "usr_1", name: null },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  deprecated: null,
};
const ctx = { base: "https://wb.example", collectionId: "https://wb.example/api/v1/projects/p/export?format=w3c", label: "Claims", now: new Date("2026-02-01T00:00:00Z") };

describe("W3C formatting", () => {
  it("writes annotations that pass every MUST, with the claim as a JSON body", () => {
    const a = w3cAnnotation(record, ctx);
    expect(failedMusts("annotationMusts", a)).toEqual([]);
    expect(a.target[0]).toEqual({ type: "SpecificResource", source: "https://wb.example/api/v1/documents/doc%201", selector: [{ type: "TextQuoteSelector", exact: "می‌گوید 😀", suffix: "\r\n" }, { type: "TextPositionSelector", start: 0, end: 10 }] });
    expect(JSON.parse(a.body[2]!.value)).toEqual(record);
    expect(a.body[0]!.value).toBe("statement: speaker Witness, quote «سخن». Asserted by Witness (quotes, unspecified).");
  });

  it("adds a FragmentSelector naming the page (RFC 3778) for a span on a paged source, and still passes every MUST", () => {
    const paged: ClaimRecord = { ...record, evidence: [{ ...record.evidence[0]!, pageStart: 7, pageEnd: 8 }] };
    const a = w3cAnnotation(paged, ctx);
    expect(failedMusts("annotationMusts", a)).toEqual([]);
    expect(a.target[0]!.selector).toEqual([
      { type: "TextQuoteSelector", exact: "می‌گوید 😀", suffix: "\r\n" },
      { type: "TextPositionSelector", start: 0, end: 10 },
      { type: "FragmentSelector", value: "page=7", conformsTo: "http://tools.ietf.org/rfc/rfc3778" },
    ]);
  });

  it("streams a collection that parses as JSON, empty or not, the same for the same `now`", () => {
    const empty = JSON.parse(w3cHead(ctx, 0) + w3cTail());
    expect(empty.first.items).toEqual([]);
    expect(failedMusts("collectionMusts", empty)).toEqual([]);
    const two = w3cHead(ctx, 2) + w3cItem(record, ctx, true) + w3cItem(record, ctx, false) + w3cTail();
    expect(JSON.parse(two).first.items).toHaveLength(2);
    expect(two.split("\n")).toHaveLength(5);
    expect(w3cHead(ctx, 2) + w3cItem(record, ctx, true)).toBe(w3cHead({ ...ctx }, 2) + w3cItem(record, { ...ctx, now: new Date(ctx.now) }, true));
  });
});
