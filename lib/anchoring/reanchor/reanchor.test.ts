import { describe, expect, it } from "vitest";
import { reanchor } from "./reanchor";
import type { ReanchorResult } from "./result";

const P1 = "London, 7 September – The names of 59 senior figures who played a role in the 1988 massacre were released.";
const P2 = "Amnesty International said the 1988 massacre was a crime against humanity that continues today.";
const P3 = "Witnesses described mass graves in Khavaran cemetery, where families still gather every summer.";
const OLD = [P1, P2, P3].join("\n\n");

/** The anchor for the first occurrence of `quote` after `from` in `text`. */
const span = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return { start, end: start + quote.length };
};

/** The placed text, or null for an orphan. */
const placedText = (text: string, r: ReanchorResult | undefined) => (r?.status === "placed" ? text.slice(r.start, r.end) : null);

describe("reanchor", () => {
  it("keeps every anchor in place when the text is unchanged", () => {
    const anchors = [span(OLD, "59 senior figures"), span(OLD, "Khavaran cemetery")];
    expect(reanchor(OLD, OLD, anchors)).toEqual(anchors.map((a) => ({ status: "placed", ...a, confidence: 1, method: "unchanged" })));
  });

  it("shifts anchors past an insertion before them", () => {
    const next = `Breaking: new documents.\n\n${OLD}`;
    const [r] = reanchor(OLD, next, [span(OLD, "crime against humanity")]);
    expect(r).toMatchObject({ status: "placed", ...span(next, "crime against humanity"), method: "unchanged" });
  });

  it("follows a typo fix inside the span to the edited words, with lower confidence", () => {
    const old = OLD.replace("Witnesses", "Witneses");
    const [r] = reanchor(old, OLD, [span(old, "Witneses described mass graves")]);
    expect(r).toMatchObject({ status: "placed", ...span(OLD, "Witnesses described mass graves"), method: "diff_edited" });
    expect(r?.status === "placed" && r.confidence).toBeLessThan(1);
  });

  it("leaves a word inserted beside the span outside it, and takes in one inserted inside", () => {
    const next = OLD.replace("the 1988 massacre was", "the notorious 1988 summer massacre was indeed");
    const [r] = reanchor(OLD, next, [span(OLD, "1988 massacre was", OLD.indexOf(P2))]);
    expect(placedText(next, r)).toBe("1988 summer massacre was");
  });

  it("stays on its own copy of a quote that occurs elsewhere too", () => {
    const next = OLD.replace("Amnesty International said", "Amnesty International, in a report, said");
    const second = span(OLD, "the 1988 massacre", OLD.indexOf(P2));
    const [r] = reanchor(OLD, next, [second]);
    expect(r).toMatchObject({ status: "placed", ...span(next, "the 1988 massacre", next.indexOf("in a report")) });
  });

  it("finds a span in a paragraph that moved, and one in a paragraph that moved and was edited", () => {
    const next = [P3, P1, P2.replace("continues", "contniues")].join("\n\n");
    const moved = [P3, P2, P1].join("\n\n");
    const [a] = reanchor(OLD, moved, [span(OLD, "59 senior figures who played")]);
    expect(a).toMatchObject({ status: "placed", ...span(moved, "59 senior figures who played") });
    const [b] = reanchor([P1, P2, P3].join("\n\n"), next, [span(OLD, "Khavaran cemetery, where families")]);
    expect(placedText(next, b)).toBe("Khavaran cemetery, where families");
  });

  it("orphans a span whose paragraph was deleted, even though its quote survives elsewhere", () => {
    const next = [P1, P3].join("\n\n");
    const [r] = reanchor(OLD, next, [span(OLD, "the 1988 massacre", OLD.indexOf(P2))]);
    expect(r).toMatchObject({ status: "orphaned" });
  });

  it("orphans rather than guess when a word is duplicated at the span's edge", () => {
    const old = "It took them a couple of minutes to decide.";
    const next = "It them a a couple of minutes to decide.";
    const [r] = reanchor(old, next, [span(old, "It took them a")]);
    expect(r?.status).toBe("orphaned");
  });

  it("orphans with candidates when the words were rewritten beyond recognition", () => {
    const next = OLD.replace("Witnesses described mass graves", "Reporters photographed burial pits");
    const [r] = reanchor(OLD, next, [span(OLD, "Witnesses described mass graves")]);
    expect(r?.status).toBe("orphaned");
  });

  it("handles Persian with ZWNJ, Arabic and emoji, and never splits a surrogate pair", () => {
    const old = "گزارش عفو بین‌الملل: اعدام‌های ۱۳۶۷ 👩🏽‍⚕️ جنایت علیه بشریت است. قال الشاهد 𝒳 إن المقابر جماعية.";
    const next = old.replace("گزارش", "گزارش تازه").replace("الشاهد", "الشاهد الأول");
    const anchors = [span(old, "اعدام‌های ۱۳۶۷ 👩🏽‍⚕️ جنایت"), span(old, "𝒳 إن المقابر")];
    const [a, b] = reanchor(old, next, anchors);
    expect(placedText(next, a)).toBe("اعدام‌های ۱۳۶۷ 👩🏽‍⚕️ جنایت");
    expect(placedText(next, b)).toBe("𝒳 إن المقابر");
  });

  it("works on CRLF text", () => {
    const old = OLD.replace(/\n/g, "\r\n");
    const next = `Update\r\n\r\n${old}`;
    const [r] = reanchor(old, next, [span(old, "massacre were released.\r\n\r\nAmnesty")]);
    expect(placedText(next, r)).toBe("massacre were released.\r\n\r\nAmnesty");
  });

  it("orphans an anchor that was not a valid span of the old text", () => {
    expect(reanchor("a𝒳b", "a𝒳b!", [{ start: 0, end: 2 }, { start: 2, end: 9 }])).toEqual([
      { status: "orphaned", reason: "invalid_span" },
      { status: "orphaned", reason: "invalid_span" },
    ]);
  });

  it("re-anchors 2,000 anchors on a 200 kB text in a few seconds", () => {
    // Numbered words keep the long text from being one passage repeated verbatim (see the duplicate tests above).
    const words = OLD.split(" ");
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 200_000; i++) {
      const word = `${words[i % words.length]}${i % 7 === 0 ? i : ""}${i % 97 === 0 ? "\n\n" : ""}`;
      parts.push(word);
      length += word.length + 1;
    }
    const old = parts.join(" ");
    const next = old.replace(/massacre/g, (m, at: number) => (at % 5 === 0 ? "masacre" : m));
    const anchors = Array.from({ length: 2000 }, (_, k) => {
      const start = old.indexOf(" ", (k * 97) % (old.length - 100)) + 1;
      return { start, end: old.indexOf(" ", start + 10) };
    });
    const t0 = performance.now();
    const results = reanchor(old, next, anchors);
    // Generous: CI machines are shared; the benchmark measures speed properly (npm run bench:anchoring).
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(results.filter((r) => r.status === "placed").length).toBeGreaterThan(1900);
  });
});
