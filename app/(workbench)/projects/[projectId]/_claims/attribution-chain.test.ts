import { describe, expect, it } from "vitest";
import { attributionChain, attributionText } from "./attribution-chain";

const names: Record<string, string> = { ncri: "NCRI", ai: "Amnesty International", hrw: "Human Rights Watch", mek: "MEK-Iran.com", iran: "ایران اینترنشنال" };
const name = (id: string) => names[id] ?? id;

describe("attributionText", () => {
  it("reads as the chain from origin to publisher", () => {
    expect(attributionText({ assertedBy: "ncri", via: ["ai"], reportedBy: "mek", stance: "asserts" }, name)).toBe(
      "NCRI asserts, via Amnesty International, reported by MEK-Iran.com",
    );
  });

  it("keeps the order of several intermediaries and leaves out what is absent", () => {
    expect(attributionText({ assertedBy: "ncri", via: ["ai", "hrw"], reportedBy: null, stance: "disputes" }, name)).toBe(
      "NCRI disputes, via Amnesty International, then Human Rights Watch",
    );
    expect(attributionText({ assertedBy: "iran", via: [], reportedBy: "iran", stance: "denies" }, name)).toBe(
      "ایران اینترنشنال denies, reported by ایران اینترنشنال",
    );
  });

  it("hands the entities back as parts to link", () => {
    const parts = attributionChain({ assertedBy: "ncri", via: [], reportedBy: "mek", stance: "quotes" });
    expect(parts.filter((p) => "entity" in p)).toEqual([{ entity: "ncri" }, { entity: "mek" }]);
  });
});
