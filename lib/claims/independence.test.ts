import { describe, expect, it } from "vitest";
import { type ClaimOrigin, originatingDocuments, summariseOrigins } from "./independence";

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

describe("originatingDocuments", () => {
  /** The plain greedy count, re-counting every document each round: what the fast one must equal. */
  function naive(claims: ClaimOrigin[]): number {
    const originsOf = new Map<string, Set<string>>();
    for (const c of claims) for (const d of c.documents) originsOf.set(d, (originsOf.get(d) ?? new Set()).add(c.origin));
    const uncovered = new Set(claims.filter((c) => c.documents.length > 0).map((c) => c.origin));
    const keys = [...originsOf.keys()].sort();
    let needed = 0;
    while (uncovered.size > 0) {
      let best: string | null = null;
      let gain = 0;
      for (const k of keys) {
        const g = [...originsOf.get(k)!].filter((o) => uncovered.has(o)).length;
        if (g > gain) [best, gain] = [k, g];
      }
      if (!best) break;
      needed += 1;
      for (const o of originsOf.get(best)!) uncovered.delete(o);
    }
    return needed;
  }

  it("counts as the plain greedy choice does, on many random sets", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 300; round++) {
      const claims = Array.from({ length: rand(40) }, () => ({ origin: `o${rand(12)}`, documents: Array.from({ length: rand(4) }, () => `d${rand(15)}`) }));
      expect(originatingDocuments(claims), JSON.stringify(claims)).toBe(naive(claims));
    }
  });

  it("takes little time for an event with ten thousand claims", () => {
    const claims = Array.from({ length: 10_000 }, (_, i) => ({ origin: `o${i % 1900}`, documents: [`d${i}`, `d${(i * 7) % 3000}`] }));
    const t0 = performance.now();
    const needed = originatingDocuments(claims);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(needed).toBeGreaterThan(0);
    expect(needed).toBeLessThanOrEqual(1900);
  });
});
