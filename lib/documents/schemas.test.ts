import { describe, expect, it } from "vitest";
import { ZCreateDocument, ZLanguage, ZPartialDate } from "./schemas";

function issuePaths(input: unknown): (PropertyKey[])[] {
  const result = ZCreateDocument.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => i.path) ?? [];
}

describe("ZCreateDocument", () => {
  it("accepts text with every optional field", () => {
    const input = {
      title: " Amnesty report ",
      text: "The text.",
      sourceUrl: "https://www.amnesty.org/en/documents/mde13/9421/2018/en/",
      publisher: "Amnesty International",
      author: "Staff",
      publishedAt: "2018-12-04",
      language: "en",
    };
    expect(ZCreateDocument.parse(input)).toEqual({ ...input, title: "Amnesty report" });
  });

  it("accepts html instead of text", () => {
    expect(ZCreateDocument.parse({ title: "T", html: "<p>x</p>" })).toEqual({ title: "T", html: "<p>x</p>" });
  });

  it("keeps the text untrimmed: offsets refer to it exactly", () => {
    expect(ZCreateDocument.parse({ title: "T", text: "  padded \r\n" }).text).toBe("  padded \r\n");
  });

  it("requires exactly one of text or html", () => {
    expect(issuePaths({ title: "T" })).toContainEqual(["text"]);
    expect(issuePaths({ title: "T", text: "a", html: "<p>a</p>" })).toContainEqual(["html"]);
  });

  it.each([
    ["a missing title", { text: "a" }, ["title"]],
    ["a blank title", { title: "  ", text: "a" }, ["title"]],
    ["empty text", { title: "T", text: "" }, ["text"]],
    ["text that is not a string", { title: "T", text: 42 }, ["text"]],
    ["an ftp sourceUrl", { title: "T", text: "a", sourceUrl: "ftp://example.org/a" }, ["sourceUrl"]],
    ["a javascript: sourceUrl", { title: "T", text: "a", sourceUrl: "javascript:alert(1)" }, ["sourceUrl"]],
    ["a sourceUrl that is no URL", { title: "T", text: "a", sourceUrl: "www.example.org" }, ["sourceUrl"]],
    ["a bad publishedAt", { title: "T", text: "a", publishedAt: "July 1988" }, ["publishedAt"]],
    ["a bad language", { title: "T", text: "a", language: "Persian" }, ["language"]],
    ["an empty publisher", { title: "T", text: "a", publisher: " " }, ["publisher"]],
  ])("rejects %s on its path", (_label, input, path) => {
    expect(issuePaths(input)).toContainEqual(path);
  });

  it("rejects unknown keys instead of dropping them silently", () => {
    const result = ZCreateDocument.safeParse({ title: "T", text: "a", body: "typo" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("accepts http as well as https sources", () => {
    expect(ZCreateDocument.safeParse({ title: "T", text: "a", sourceUrl: "http://iran-archive.example/1988" }).success).toBe(true);
  });
});

describe("ZPartialDate", () => {
  it.each(["1988", "1988-07", "1988-07-19", "1988-07-19T10:30Z", "1988-07-19T10:30:15.5+03:30"])("accepts %s", (d) => {
    expect(ZPartialDate.parse(d)).toBe(d);
  });

  it.each(["88", "1988-13", "1988-00", "1988-07-32", "1988/07/19", "19 July 1988", "1988-07-19T10:30", ""])(
    "rejects %s",
    (d) => {
      expect(ZPartialDate.safeParse(d).success).toBe(false);
    },
  );
});

describe("ZLanguage", () => {
  it.each(["en", "fa", "ar", "fa-IR", "ar-SY", "zh-Hant-TW", "ckb"])("accepts %s", (tag) => {
    expect(ZLanguage.parse(tag)).toBe(tag);
  });

  it.each(["e", "english", "fa_IR", "fa-", "12", "fa IR"])("rejects %s", (tag) => {
    expect(ZLanguage.safeParse(tag).success).toBe(false);
  });
});
