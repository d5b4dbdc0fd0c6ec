import { describe, expect, it } from "vitest";
import { Alignment } from "./alignment";
import { TokenMap } from "./token-map";

const base = Array.from({ length: 3000 }, (_, i) => `word${i} ${i % 3 === 0 ? "the" : "of"}`).join(" ");

describe("Alignment", () => {
  it("maps offsets the same whether long texts are diffed whole or cut at unique trigrams", () => {
    const edited = base.replace("word100 ", "word100 inserted ").replace("word2000", "wrd2000").replace("word2500 of ", "");
    const whole = new Alignment(base, edited, { directLimit: Number.POSITIVE_INFINITY });
    const cut = new Alignment(base, edited, { directLimit: 0, minPiece: 500 });
    expect(cut.blocks.length).toBeGreaterThan(1);
    for (let x = 0; x < base.length; x += 37) {
      expect(cut.mapStart(x)).toEqual(whole.mapStart(x));
      expect(cut.mapEnd(x + 1)).toEqual(whole.mapEnd(x + 1));
    }
  });

  it("leaves inserted words outside a span start and hands a deleted first word over to the next", () => {
    const a = new Alignment("say the 1988 massacre now", "say the summer 1988 massacre now");
    expect(a.mapStart(8).at).toBe(15);
    const b = new Alignment("say the 1988 massacre now", "say the massacre now");
    const start = b.mapStart(8);
    expect(start).toEqual({ at: 8, sure: true });
  });

  it("says which new text the diff traces to other old text", () => {
    const a = new Alignment("alpha beta gamma delta", "zeta alpha beta gamma delta");
    const delta = "zeta alpha beta gamma ".length;
    expect(a.foreignShare(delta, delta + 5, 0, 5)).toBe(1);
    expect(a.foreignShare(delta, delta + 5, 17, 22)).toBe(0);
    expect(a.foreignShare(0, 4, 0, 5)).toBe(0);
    expect(a.isUnchanged(0, 5)).toBe(true);
  });
});

describe("TokenMap", () => {
  it("pairs an edited word with itself, not with a near-miss elsewhere", () => {
    const map = new TokenMap("the crisis of Raisi has been", "Raisi has MEK");
    expect(map.mapStart("the crisis of ".length, 13)).toEqual({ at: 0, sure: true });
  });

  it("is unsure of an edge word that may have been replaced rather than edited", () => {
    const map = new TokenMap("regime, and their", "regime, and the");
    expect(map.mapEnd("regime, and their".length).sure).toBe(false);
    const typo = new TokenMap("regime, and their", "regime, and thier");
    expect(typo.mapEnd("regime, and their".length)).toEqual({ at: "regime, and thier".length, sure: true });
  });
});
