import { describe, expect, it } from "vitest";
import { repairAllahLigature, repairLamAlef } from "./repair-arabic";
import { unifyDigits } from "./unify-digits";

describe("Arabic-script repairs", () => {
  it("puts the letters of the Allah ligature back in order, keeping the length", () => {
    const read = "فرمان روح‌اهلل خمینی و عبداهلل";
    const repaired = repairAllahLigature(read);
    expect(repaired).toBe("فرمان روح‌الله خمینی و عبدالله");
    expect(repaired).toHaveLength(read.length);
  });

  it("joins a lone lam to the alef it was drawn with, and leaves word boundaries alone", () => {
    expect(repairLamAlef("و ل ا إ")).toBe("و لا إ");
    expect(repairLamAlef("اول است")).toBe("اول است");
  });

  it("writes a number mixing Persian and Arabic-Indic digits in Persian digits only", () => {
    expect(unifyDigits("تابستان ۱۳٦۷")).toBe("تابستان ۱۳۶۷");
    expect(unifyDigits("سنة ١٩٨٨ و ۱۹۸۸")).toBe("سنة ١٩٨٨ و ۱۹۸۸");
  });
});
