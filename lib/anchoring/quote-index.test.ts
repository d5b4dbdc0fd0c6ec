import { describe, expect, it } from "vitest";
import { createQuoteIndex } from "./quote-index";
import { resolveQuote } from "./resolve-quote";

const scanAll = (text: string, needle: string) => {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
};

describe("createQuoteIndex", () => {
  // Repetitive text in three scripts (Persian, Latin, non-BMP), so windows repeat and buckets collide.
  const words = ["اعدام", "زندان", "prison", "1988", "👩🏽‍⚕️", "the", "گوهردشت", "Évin", " ", "\n"];
  let seed = 7;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  const text = Array.from({ length: 20_000 }, () => words[rand(words.length)]).join(" ");

  it("finds exactly what a scan of the text finds, overlapping places included, in order", () => {
    const index = createQuoteIndex(text);
    for (let i = 0; i < 300; i++) {
      const start = rand(text.length - 80);
      const needle = text.slice(start, start + 10 + rand(70));
      expect(index.find(needle)).toEqual(scanAll(text, needle));
    }
    expect(index.find("a".repeat(40))).toEqual([]);
    expect(createQuoteIndex("aaaa".repeat(20)).find("a".repeat(33))).toEqual(scanAll("aaaa".repeat(20), "a".repeat(33)));
  });

  it("places quotes with context as the plain search does, on texts shorter than a window too", () => {
    const index = createQuoteIndex(text);
    for (let i = 0; i < 200; i++) {
      const start = 1 + rand(text.length - 100);
      const end = start + 1 + rand(30);
      const quote = { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - rand(40)), start), suffix: text.slice(end, end + rand(40)) };
      expect(resolveQuote(text, quote, index)).toEqual(resolveQuote(text, quote));
    }
    expect(resolveQuote("short text", { exact: "text" }, createQuoteIndex("short text"))).toEqual({ ok: true, start: 6, end: 10 });
  });
});
