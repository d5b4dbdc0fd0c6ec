import { describe, expect, it } from "vitest";
import { annotationsIn, parseImport } from "./parse-import";

const quote = { type: "TextQuoteSelector", exact: "executed", prefix: "were ", suffix: "." };
const w3c = (source: string, extra: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "http://example.org/anno/1",
  type: "Annotation",
  body: { type: "TextualBody", value: "A note", format: "text/plain" },
  target: { source, selector: [quote, { type: "TextPositionSelector", start: 10, end: 18 }] },
  ...extra,
});

describe("annotationsIn", () => {
  it("reads one annotation, a list, a page, a collection with its first page embedded, and Hypothesis search results", () => {
    const a = w3c("http://x/doc");
    expect(annotationsIn(a)).toEqual([a]);
    expect(annotationsIn([a, a])).toHaveLength(2);
    expect(annotationsIn({ type: "AnnotationPage", items: [a] })).toEqual([a]);
    expect(annotationsIn({ type: ["AnnotationCollection"], total: 1, first: { type: "AnnotationPage", items: [a] } })).toEqual([a]);
    expect(annotationsIn({ total: 1, rows: [a] })).toEqual([a]);
  });

  it("says why a file holds nothing it can read", () => {
    expect(annotationsIn("text")).toMatch(/must hold an annotation/);
    expect(annotationsIn({ type: "AnnotationCollection", total: 3, first: "http://x/page1" })).toMatch(/not embedded/);
    expect(annotationsIn({ type: "AnnotationCollection", total: 0 })).toEqual([]);
  });
});

describe("parseImport", () => {
  it("turns each target into an item with its source, quote, position and note", () => {
    const { items, problems } = parseImport([w3c("http://x/doc"), { ...w3c("http://x/doc"), target: [{ source: { id: "http://x/a" }, selector: quote }, { source: "http://x/b", selector: quote }] }]);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { index: 0, target: 0, source: "http://x/doc", quote: { exact: "executed", prefix: "were ", suffix: "." }, position: { start: 10, end: 18 }, note: "A note" },
      { index: 1, target: 0, source: "http://x/a", quote: { exact: "executed", prefix: "were ", suffix: "." }, note: "A note" },
      { index: 1, target: 1, source: "http://x/b", quote: { exact: "executed", prefix: "were ", suffix: "." }, note: "A note" },
    ]);
  });

  it("reads Hypothesis annotations: uri, target[].selector[] with a RangeSelector skipped, text as the note", () => {
    const hypothesis = {
      id: "abc",
      uri: "https://example.org/page",
      text: "Hypothesis note",
      target: [{ source: "https://example.org/page", selector: [{ type: "RangeSelector", startContainer: "/p[1]", startOffset: 0, endContainer: "/p[1]", endOffset: 4 }, quote] }],
    };
    expect(parseImport({ rows: [hypothesis] }).items).toEqual([{ index: 0, target: 0, source: "https://example.org/page", quote: { exact: "executed", prefix: "were ", suffix: "." }, note: "Hypothesis note" }]);
    const noSource = { ...hypothesis, target: [{ selector: [quote] }] };
    expect(parseImport([noSource]).items[0]?.source).toBe("https://example.org/page");
  });

  it("uses bodyValue or a textual body as the note, but not a tag or a JSON body", () => {
    expect(parseImport(w3c("s", { body: undefined, bodyValue: "plain" })).items[0]?.note).toBe("plain");
    const bodies = [{ type: "TextualBody", purpose: "tagging", value: "tag" }, { type: "TextualBody", format: "application/json", value: "{}" }];
    expect(parseImport(w3c("s", { body: bodies })).items[0]?.note).toBeUndefined();
  });

  it("reports what it cannot read, per annotation and target", () => {
    const { items, problems } = parseImport([42, { type: "Annotation" }, w3c("s", { target: "http://x/whole-page" }), w3c("s", { target: { source: "s", selector: { type: "TextQuoteSelector" } } })]);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      { index: 0, target: null, reason: "invalid", message: "is not an annotation object" },
      { index: 1, target: null, reason: "invalid", message: "has no target" },
      { index: 2, target: 0, reason: "invalid", message: expect.stringMatching(/whole resource/) },
      { index: 3, target: 0, reason: "invalid", message: expect.stringMatching(/missing exact/) },
    ]);
  });
});
