import { describe, expect, it } from "vitest";
import { placeQuoteTolerant } from "./place-quote-tolerant";

// The captured document: the article only, paragraphs separated by a blank line.
const text = [
  "Lack of Investigation into 1988 Massacre is an Abject Failure",
  "More than 30,000 political prisoners, mainly MEK activists were slain during the summer of 1988.",
  "Ebrahim Raisi was part of the Death Commission in 1988. He now runs Astan Quds Razavi.",
  "Mostafa Pour-Mohammadi was also part of the Death Commission. He was Justice Minister.",
].join("\n\n");

const at = (exact: string, from = 0) => {
  const start = text.indexOf(exact, from);
  return { start, end: start + exact.length };
};

describe("placeQuoteTolerant", () => {
  it("places a quote whose context has the live page's newlines and indentation", () => {
    const r = placeQuoteTolerant(text, {
      exact: "Ebrahim Raisi was part of\n      the Death Commission",
      prefix: "the summer of 1988.\n    \n    ",
      suffix: " in 1988. He now",
    });
    expect(r).toEqual({ ok: true, method: "context", ...at("Ebrahim Raisi was part of the Death Commission") });
  });

  it("forgives context that was page chrome, where the capture has a paragraph boundary", () => {
    // Before the first paragraph the live page had a byline and a share box.
    const r = placeQuoteTolerant(text, { exact: "More than 30,000 political prisoners", prefix: "Staff Writer · 2018-12-28\nTweet Share\n", suffix: ", mainly MEK activists" });
    expect(r).toMatchObject({ ok: true, ...at("More than 30,000 political prisoners") });
    // After the last paragraph: "Latest news" in a sidebar.
    const end = placeQuoteTolerant(text, { exact: "He was Justice Minister.", prefix: "the Death Commission. ", suffix: "\nLatest news\nIran: Expensive" });
    expect(end).toMatchObject({ ok: true, ...at("He was Justice Minister.") });
  });

  it("never lands on the same words where the context disagrees inside a paragraph", () => {
    // "the Death Commission" in paragraph 3 and 4; the annotation's context fits neither.
    const r = placeQuoteTolerant(text, { exact: "the Death Commission", prefix: "was the head of ", suffix: " in Mashhad" });
    expect(r).toMatchObject({ ok: false, reason: "context_disagrees" });
    // Words annotated in chrome (a teaser) that also stand in the article, with the teaser's context.
    const teaser = placeQuoteTolerant(text, { exact: "30,000 political prisoners", prefix: "Must read\nAP: Over ", suffix: " died, says report..." });
    expect(teaser).toMatchObject({ ok: false, reason: "context_disagrees" });
  });

  it("chooses by context between repeated words, and says when it cannot", () => {
    const r = placeQuoteTolerant(text, { exact: "the Death Commission", prefix: "Mostafa Pour-Mohammadi\n was also part of ", suffix: ". He was" });
    expect(r).toMatchObject({ ok: true, ...at("the Death Commission", text.indexOf("Mostafa")) });
    expect(placeQuoteTolerant(text, { exact: "the Death Commission" })).toMatchObject({ ok: false, reason: "ambiguous", count: 2 });
    expect(placeQuoteTolerant(text, { exact: "Death  Commission in\n1988" })).toMatchObject({ ok: true, method: "exact_whitespace" });
  });

  it("reports words that are not there", () => {
    expect(placeQuoteTolerant(text, { exact: "Latest news" })).toMatchObject({ ok: false, reason: "not_found" });
    expect(placeQuoteTolerant(text, { exact: "  " })).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("keeps surrogate pairs whole in right-to-left text", () => {
    const fa = "گزارش 𝟑𝟎 هزار زندانی\n\nاعدام شدند در تابستان ۱۳۶۷";
    const r = placeQuoteTolerant(fa, { exact: "اعدام شدند", prefix: "هزار زندانی\n   " });
    expect(r).toMatchObject({ ok: true, start: fa.indexOf("اعدام"), end: fa.indexOf("اعدام") + "اعدام شدند".length });
  });
});
