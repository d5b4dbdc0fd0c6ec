import { describe, expect, it } from "vitest";
import { resolveQuote } from "./resolve-quote";

const TEXT = "The 1988 massacre. Witnesses said the 1988 massacre was planned. می‌خواهم عدالت 𝒳 done.";

describe("resolveQuote", () => {
  it("finds a unique quote", () => {
    const r = resolveQuote(TEXT, { exact: "Witnesses" });
    expect(r).toEqual({ ok: true, start: TEXT.indexOf("Witnesses"), end: TEXT.indexOf("Witnesses") + 9 });
  });

  it("finds Persian with ZWNJ and an astral character exactly", () => {
    const r = resolveQuote(TEXT, { exact: "می‌خواهم عدالت 𝒳" });
    expect(r.ok && TEXT.slice(r.start, r.end)).toBe("می‌خواهم عدالت 𝒳");
    // Without the ZWNJ it is a different string, and not found.
    expect(resolveQuote(TEXT, { exact: "میخواهم" })).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("says not_found when the quote does not occur", () => {
    expect(resolveQuote(TEXT, { exact: "1989 massacre" })).toMatchObject({ ok: false, reason: "not_found", count: 0 });
  });

  it("says ambiguous, with the count, when prefix and suffix do not single one out", () => {
    expect(resolveQuote(TEXT, { exact: "1988 massacre" })).toMatchObject({ ok: false, reason: "ambiguous", count: 2 });
    expect(resolveQuote(TEXT, { exact: "1988 massacre", prefix: " " })).toMatchObject({ ok: false, reason: "ambiguous", count: 2 });
  });

  it("is disambiguated by prefix or by suffix", () => {
    const second = TEXT.indexOf("1988", 10);
    expect(resolveQuote(TEXT, { exact: "1988 massacre", prefix: "said the " })).toEqual({ ok: true, start: second, end: second + 13 });
    expect(resolveQuote(TEXT, { exact: "1988 massacre", suffix: "." })).toEqual({ ok: true, start: 4, end: 17 });
  });

  it("says not_found when the quote occurs but never with the given context", () => {
    expect(resolveQuote(TEXT, { exact: "1988 massacre", prefix: "nobody said " })).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("refuses an empty quote and never matches inside a surrogate pair", () => {
    expect(resolveQuote(TEXT, { exact: "" })).toMatchObject({ ok: false, reason: "empty_quote" });
    expect(resolveQuote(TEXT, { exact: "\udcb3" })).toMatchObject({ ok: false, reason: "not_found" });
  });
});
