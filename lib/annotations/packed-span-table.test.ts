import { describe, expect, it } from "vitest";
import { packSpanTable, spanRows } from "./packed-span-table";
import type { AnnotationSpanTable } from "./span-table";

const people = [{ id: "usr_a", name: "Anna" }, { id: "usr_b", name: "Reza" }];

describe("packSpanTable / spanRows", () => {
  it("gives back exactly the rows it packed: nested, crossing, equal and zero-offset spans, large offsets", () => {
    const table: AnnotationSpanTable = {
      people,
      rows: [
        ["ann_AbC-_9", 0, 5, 0],
        ["ann_x", 0, 12, 1],
        ["ann_y", 3, 4, 0],
        ["ann_z", 3, 4, 1],
        ["ann_far", 4_999_990, 5_000_000, 1],
      ],
    };
    const packed = packSpanTable(table);
    expect("packed" in packed).toBe(true);
    expect(spanRows(packed)).toEqual(table.rows);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(table).length);
  });

  it("packs an empty table", () => {
    expect(spanRows(packSpanTable({ people, rows: [] }))).toEqual([]);
  });

  it("leaves a table unpacked when an id holds a separator or the rows are not in text order", () => {
    const odd: AnnotationSpanTable = { people, rows: [["ann a", 1, 2, 0]] };
    expect(packSpanTable(odd)).toBe(odd);
    const unordered: AnnotationSpanTable = { people, rows: [["b", 5, 6, 0], ["a", 1, 2, 0]] };
    expect(packSpanTable(unordered)).toBe(unordered);
    expect(spanRows(unordered)).toEqual(unordered.rows);
  });
});
