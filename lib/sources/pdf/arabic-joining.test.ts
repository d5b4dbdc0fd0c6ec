import { describe, expect, it } from "vitest";
import { brokenJoin, letterEdge, restoreZwnj } from "./arabic-joining";
import { foldText } from "./fold-text";

describe("the zero-width non-joiner read back from letter shapes", () => {
  it("knows a presentation form's letter and shape, and a base letter's joining", () => {
    expect(letterEdge("\uFEA7")).toEqual({ base: "خ", shape: "initial" });
    expect(letterEdge("\uFBFD")).toEqual({ base: "ی", shape: "final" });
    expect(letterEdge("ن")).toEqual({ base: "ن", shape: null });
    expect(letterEdge("a")).toBeNull();
    expect(letterEdge(" ")).toBeNull();
  });

  it("finds a broken join after a letter that joins on both sides, never after one that joins only before", () => {
    // «می‌خواهند»: yeh (dual-joining, shape unknown) then khah drawn initial.
    expect(brokenJoin(letterEdge("ی"), letterEdge("\uFEA7"))).toBe(true);
    // Yeh drawn final, then a base letter: the yeh did not join what follows.
    expect(brokenJoin(letterEdge("\uFBFD"), letterEdge("خ"))).toBe(true);
    // «سازمان»: alef joins only the letter before, so meem after it is initial anyway.
    expect(brokenJoin(letterEdge("ا"), letterEdge("\uFEE3"))).toBe(false);
    // Joined letters (initial meem, then medial or final forms) and unknown shapes say nothing.
    expect(brokenJoin(letterEdge("\uFEE3"), letterEdge("\uFBFF"))).toBe(false);
    expect(brokenJoin(letterEdge("ن"), letterEdge("ه"))).toBe(false);
    expect(brokenJoin(letterEdge("ن"), null)).toBe(false);
  });

  it("puts the ZWNJ back inside one item's text, and NFKC folding keeps it", () => {
    // «نامه‌ها» in presentation forms: noon initial, alef final, meem initial, heh final | heh initial, alef final.
    const drawn = "\uFEE7\uFE8E\uFEE3\uFEEA\uFEEB\uFE8E";
    expect(foldText(restoreZwnj(drawn))).toBe("نامه\u200Cها");
    expect("می\u200Cخواهند".normalize("NFKC")).toBe("می\u200Cخواهند");
    expect(foldText("سازمان\u200Cهای")).toBe("سازمان\u200Cهای");
    expect(restoreZwnj("\uFEE3\uFBFF\uFEE8")).toBe("\uFEE3\uFBFF\uFEE8");
  });
});
