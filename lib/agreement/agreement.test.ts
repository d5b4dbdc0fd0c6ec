import { describe, expect, it } from "vitest";
import { krippendorffAlphaNominal, type Reliability } from "./krippendorff-alpha";
import * as fc from "fast-check";
import { overlapPairs, type Span, spanAgreement } from "./span-agreement";

describe("spanAgreement", () => {
  it("separates exact from overlapping agreement", () => {
    const a = [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 45 }];
    const b = [{ start: 0, end: 10 }, { start: 22, end: 31 }, { start: 60, end: 70 }, { start: 80, end: 90 }];
    const r = spanAgreement(a, b);
    expect(r.exactF1).toBeCloseTo((2 * 1) / 7);
    expect(r.overlapF1).toBeCloseTo((2 * 2) / 7);
    expect(r.onlyA).toEqual([{ start: 40, end: 45 }]);
    expect(r.onlyB).toEqual([{ start: 60, end: 70 }, { start: 80, end: 90 }]);
  });

  it("matches overlaps one to one and counts two empty sets as agreeing", () => {
    const r = spanAgreement([{ start: 0, end: 100 }], [{ start: 0, end: 10 }, { start: 50, end: 60 }]);
    expect(r.overlapF1).toBeCloseTo(2 / 3);
    expect(spanAgreement([], []).exactF1).toBe(1);
  });
});

const table = (rows: Record<string, Record<string, string>>): Reliability =>
  new Map(Object.entries(rows).map(([u, coders]) => [u, new Map(Object.entries(coders))]));

describe("krippendorffAlphaNominal", () => {
  it("is 1 for perfect agreement and null without pairable values", () => {
    expect(krippendorffAlphaNominal(table({ u1: { a: "x", b: "x" }, u2: { a: "y", b: "y" } }))).toBe(1);
    expect(krippendorffAlphaNominal(table({ u1: { a: "x" } }))).toBeNull();
  });

  it("matches Krippendorff's worked example (nominal, 4 coders, missing values): alpha = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C.
    const rows: (string | null)[][] = [
      ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
      ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
      [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
      ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
    ];
    const data: Reliability = new Map();
    for (let u = 0; u < 12; u++) {
      const coders = new Map<string, string>();
      rows.forEach((row, c) => row[u] && coders.set(`c${c}`, row[u]!));
      data.set(`u${u}`, coders);
    }
    expect(krippendorffAlphaNominal(data)).toBeCloseTo(0.743, 3);
  });

  it("is below zero when coders systematically disagree", () => {
    expect(krippendorffAlphaNominal(table({ u1: { a: "x", b: "y" }, u2: { a: "y", b: "x" } }))!).toBeLessThan(0);
  });
});

describe("overlapPairs at size", () => {
  /** The pairing by its definition: every pair of spans compared, largest overlaps taken first. */
  function pairsByDefinition(a: Span[], b: Span[]): [number, number][] {
    const candidates: { i: number; j: number; size: number }[] = [];
    a.forEach((x, i) => b.forEach((y, j) => {
      const size = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (size > 0) candidates.push({ i, j, size });
    }));
    candidates.sort((p, q) => q.size - p.size || p.i - q.i || p.j - q.j);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    return candidates.flatMap((c) => {
      if (usedA.has(c.i) || usedB.has(c.j)) return [];
      usedA.add(c.i);
      usedB.add(c.j);
      return [[c.i, c.j] as [number, number]];
    });
  }

  it("pairs exactly as comparing every span with every other does, on nested, equal, touching and empty spans", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(60), fc.nat(20)), { maxLength: 40 }), fc.array(fc.tuple(fc.nat(60), fc.nat(20)), { maxLength: 40 }), (xs, ys) => {
        const a = xs.map(([start, length]) => ({ start, end: start + length }));
        const b = ys.map(([start, length]) => ({ start, end: start + length }));
        expect(overlapPairs(a, b)).toEqual(pairsByDefinition(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it("pairs two annotators' 5,000 shifted spans each one to one", () => {
    const spans = (shift: number) => Array.from({ length: 5_000 }, (_, k) => ({ start: k * 200 + shift, end: k * 200 + shift + 40 + (k % 7) * 10 }));
    const r = spanAgreement(spans(0), spans(15));
    expect([r.overlapF1, r.exactF1, r.onlyA.length, r.onlyB.length]).toEqual([1, 0, 0, 0]);
  });
});
