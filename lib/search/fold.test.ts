import { describe, expect, it } from "vitest";
import { fold, foldWithMap, queryTerms } from "./fold";
import { snippetOf } from "./snippet";

describe("fold", () => {
  it("folds Arabic and Persian letter variants, ZWNJ, harakat and Latin accents together", () => {
    expect(fold("علي خامنه‌اي")).toBe(fold("علی خامنهای"));
    expect(fold("كتاب")).toBe(fold("کتاب"));
    expect(fold("مُحَمَّد")).toBe("محمد");
    expect(fold("Évin")).toBe("evin");
    expect(fold("آیت‌الله")).toBe("ایتالله");
  });

  it("maps every folded character back to its offset in the original", () => {
    const original = "a👩🏽‍⚕️ Évin می‌خواهم";
    const { text, origin } = foldWithMap(original);
    const i = text.indexOf("evin");
    expect(original.slice(origin[i]!, origin[i + 4]!)).toBe("Évin");
    const j = text.indexOf("میخواهم");
    expect(original.slice(origin[j]!, origin[j + "میخواهم".length])).toBe("می‌خواهم");
  });

  it("reads the words of a web-search query", () => {
    expect(queryTerms('"Death Commission" OR raisi -khomeini')).toEqual(["death", "commission", "raisi"]);
  });
});

describe("snippetOf", () => {
  it("finds a Persian word typed with the other letter variant and returns its exact span", () => {
    const text = "گزارش: زندان گوهردشت در سال ۱۳۶۷. Amnesty says thousands were killed in Gohardasht prison.";
    const s = snippetOf(text, queryTerms("گوهردشت"))!;
    expect(s.matches.map((m) => text.slice(m.start, m.end))).toEqual(["گوهردشت"]);
    const k = snippetOf("كتاب الموت", queryTerms("کتاب"))!;
    expect(k.matches).toEqual([{ start: 0, end: 4 }]);
    expect(snippetOf(text, ["nothing"])).toBeNull();
  });
});
