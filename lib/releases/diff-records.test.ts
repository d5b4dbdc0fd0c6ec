import { describe, expect, it } from "vitest";
import { diffValues } from "./diff-records";
import { readLines } from "./read-lines";

describe("diffValues", () => {
  it("names each changed path with its values, recursing into objects and equal-length lists", () => {
    const before = { status: "approved", fields: { count: { kind: "approx", value: 30000 } }, evidence: [{ exact: "a" }], via: [] as string[] };
    const after = { status: "approved", fields: { count: { kind: "range", min: 2800 } }, evidence: [{ exact: "b" }], via: ["ent_1"] };
    expect(diffValues(before, after)).toEqual([
      { path: "fields.count.kind", before: "approx", after: "range" },
      { path: "fields.count.value", before: 30000, after: null },
      { path: "fields.count.min", before: null, after: 2800 },
      { path: "evidence[0].exact", before: "a", after: "b" },
      { path: "via", before: [], after: ["ent_1"] },
    ]);
    expect(diffValues(before, structuredClone(before))).toEqual([]);
  });
});

describe("readLines", () => {
  it("splits UTF-8 bytes into lines across chunk boundaries, even inside a character", async () => {
    const bytes = new TextEncoder().encode('{"a":"😀"}\n{"b":"می‌گوید"}\n{"c":1}');
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    }
    const lines: string[] = [];
    for await (const line of readLines(chunks())) lines.push(line);
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ a: "😀" }, { b: "می‌گوید" }, { c: 1 }]);
  });
});
