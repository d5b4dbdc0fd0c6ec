import { describe, expect, it } from "vitest";
import { AnnotationIndex, type Ann } from "./annotation-index";
import { depthSegments } from "./depth-segments";

const ann = (id: string, start: number, end: number): Ann => ({ id, start, end, person: 0 });

describe("AnnotationIndex", () => {
  const index = AnnotationIndex.from([ann("c", 50, 60), ann("a", 0, 100), ann("b", 10, 20), ann("d", 55, 58), ann("e", 200, 210)]);

  it("keeps text order and finds overlaps like a scan would", () => {
    expect(index.items.map((a) => a.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(index.overlapping(20, 56).map((a) => a.id)).toEqual(["a", "c", "d"]);
    expect(index.overlapping(100, 200).map((a) => a.id)).toEqual([]);
    expect(index.overlapping(150, 205).map((a) => a.id)).toEqual(["e"]);
    expect(index.covering(56).map((a) => a.id)).toEqual(["d", "c", "a"]);
  });

  it("agrees with a brute-force scan on random spans", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const items = Array.from({ length: 400 }, (_, i) => {
      const start = rand(5000);
      return ann(`x${i}`, start, start + 1 + rand(i % 10 === 0 ? 2000 : 40));
    });
    const big = AnnotationIndex.from(items);
    for (let q = 0; q < 200; q++) {
      const from = rand(5200);
      const to = from + 1 + rand(300);
      const expected = items.filter((a) => a.start < to && a.end > from).map((a) => a.id).sort();
      expect(big.overlapping(from, to).map((a) => a.id).sort()).toEqual(expected);
    }
  });

  it("inserts, replaces a pending one, and removes, without touching the old index", () => {
    const pending = index.upsert({ ...ann("pending-1", 15, 18), pending: true });
    const saved = pending.upsert(ann("z", 15, 18), "pending-1");
    expect(pending.items.map((a) => a.id)).toEqual(["a", "b", "pending-1", "c", "d", "e"]);
    expect(saved.items.map((a) => a.id)).toEqual(["a", "b", "z", "c", "d", "e"]);
    expect(saved.remove("b").overlapping(10, 16).map((a) => a.id)).toEqual(["a", "z"]);
    expect(index.size).toBe(5);
    expect(saved.remove("nope")).toBe(saved);
  });
});

describe("depthSegments", () => {
  it("counts how many spans cover each stretch, merging equal neighbours", () => {
    const spans = [ann("a", 0, 10), ann("b", 5, 15), ann("c", 6, 8), ann("d", 15, 20)];
    expect(depthSegments(spans, 0, 100)).toEqual([
      { start: 0, end: 5, depth: 1 },
      { start: 5, end: 6, depth: 2 },
      { start: 6, end: 8, depth: 3 },
      { start: 8, end: 10, depth: 2 },
      { start: 10, end: 20, depth: 1 },
    ]);
    expect(depthSegments(spans, 7, 12)).toEqual([
      { start: 7, end: 8, depth: 3 },
      { start: 8, end: 10, depth: 2 },
      { start: 10, end: 12, depth: 1 },
    ]);
  });
});
