import { describe, expect, it } from "vitest";
import { encodeSearchCursor } from "@/lib/search/search-cursor";
import { readSearchCursor, readSearchForm, searchPageHref, searchRequest } from "./search-form";

describe("the search form read back from the URL", () => {
  it("treats empty fields as any, joins kinds and accepts counts written with separators", () => {
    const values = readSearchForm({ q: " گوهردشت ", kinds: ["document", "claim", "planets"], type: "", status: "", countMin: "1,000", countMax: "" });
    expect(values).toMatchObject({ q: "گوهردشت", kinds: ["document", "claim"], type: "", countMin: "1000" });
    const request = searchRequest(values);
    expect(request.state).toBe("ready");
    if (request.state === "ready") expect(request.query).toMatchObject({ q: "گوهردشت", kinds: ["document", "claim"], countMin: 1000, limit: 50 });
  });

  it("asks for words or a count range before searching, and names what is wrong", () => {
    expect(searchRequest(readSearchForm({ type: "victim_count" })).state).toBe("empty");
    const wrong = searchRequest(readSearchForm({ countMin: "9", countMax: "3" }));
    expect(wrong).toEqual({ state: "invalid", problems: ["Count to: must not be below countMin"] });
  });
});

describe("the search page's next pages", () => {
  it("links to one kind's next page with the form's values and the cursor", () => {
    const values = readSearchForm({ q: "evin prison", kinds: "document,annotation", status: "" });
    const href = searchPageHref("prj_1", { ...values, kinds: ["annotation"] }, "abc_-");
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/projects/prj_1/search");
    expect([...url.searchParams]).toEqual([["q", "evin prison"], ["kinds", "annotation"], ["cursor", "abc_-"]]);
    expect(readSearchCursor(Object.fromEntries(url.searchParams))).toBe("abc_-");
  });

  it("runs a search at a cursor it gave out, and names a cursor of another search as the problem", () => {
    const words = readSearchForm({ q: "evin" });
    const ranked = encodeSearchCursor({ by: "rank", rank: 3, kind: "document", id: "doc_1" });
    const counted = encodeSearchCursor({ by: "count", count: 100, id: "clm_1" });
    expect(searchRequest(words, ranked)).toMatchObject({ state: "ready", query: { q: "evin", cursor: ranked } });
    expect(searchRequest(words, counted).state).toBe("invalid");
    expect(searchRequest(words, "garbage").state).toBe("invalid");
    expect(searchRequest(readSearchForm({ countMin: "10" }), counted)).toMatchObject({ state: "ready", query: { cursor: counted } });
  });
});
