import { describe, expect, it } from "vitest";
import { summariseOrigins } from "./independence";

describe("summariseOrigins", () => {
  it("counts origins, and documents that add no origin the others lack", () => {
    const s = summariseOrigins([{ origin: "ncri", documents: ["a"] }, { origin: "ncri", documents: ["b"] }, { origin: "amnesty", documents: ["c"] }]);
    expect(s).toMatchObject({ claims: 3, documents: 3, independentOrigins: 2, repeatingDocuments: 1 });
    expect(s.origins).toEqual([{ origin: "ncri", claims: 2, documents: 2 }, { origin: "amnesty", claims: 1, documents: 1 }]);
  });

  it("never counts more repeating documents than there are documents", () => {
    const claims = ["a", "b"].flatMap((d) => ["ncri", "pmoi"].map((origin) => ({ origin, documents: [d] })));
    expect(summariseOrigins(claims)).toMatchObject({ documents: 2, independentOrigins: 2, repeatingDocuments: 1 });
  });

  it("keeps a document that alone carries an origin, and copes with nothing", () => {
    const claims = [{ origin: "ncri", documents: ["a", "b"] }, { origin: "pmoi", documents: ["b"] }, { origin: "amnesty", documents: ["c"] }];
    expect(summariseOrigins(claims)).toMatchObject({ documents: 3, repeatingDocuments: 1 });
    expect(summariseOrigins([])).toMatchObject({ documents: 0, independentOrigins: 0, repeatingDocuments: 0 });
  });
});
