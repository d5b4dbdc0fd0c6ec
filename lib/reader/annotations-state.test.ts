import { describe, expect, it } from "vitest";
import { packSpanTable } from "../annotations/packed-span-table";
import type { AnnotationSpanTable } from "../annotations/span-table";
import { type AnnotationsAction, type AnnotationsState, initAnnotations, reduceAnnotations } from "./annotations-state";

const people = [
  { id: "usr_a", name: "Azar" },
  { id: "usr_b", name: "Bahram" },
];
/** The whole table of a document: ten annotations, two of them overlapping, some past the opening (offset 100). */
const whole: AnnotationSpanTable = {
  people,
  rows: [
    ["ann_01", 0, 10, 0],
    ["ann_02", 5, 40, 1],
    ["ann_03", 50, 60, 0],
    ["ann_04", 99, 120, 1],
    ["ann_05", 100, 110, 0],
    ["ann_06", 100, 130, 1],
    ["ann_07", 150, 160, 0],
    ["ann_08", 400, 420, 1],
    ["ann_09", 800, 801, 0],
    ["ann_10", 5000, 5100, 1],
  ],
};
const opening = { people, rows: whole.rows.filter((r) => r[1] < 100) };
/** The rest as the server answers it: its own people table (here in another order, with a former member). */
const rest: AnnotationSpanTable = {
  people: [people[1]!, people[0]!, { id: "usr_c", name: "Former member" }],
  rows: whole.rows.filter((r) => r[1] >= 100).map(([id, s, e, p]): [string, number, number, number] => [id, s, e, id === "ann_09" ? 2 : 1 - p]),
};

const run = (state: AnnotationsState, ...actions: AnnotationsAction[]) => actions.reduce(reduceAnnotations, state);
/** Each annotation as `id start-end author`, in the index's order. */
const shown = (s: AnnotationsState) => s.index.items.map((a) => `${a.id} ${a.start}-${a.end} ${s.people[a.person]?.id}${a.pending ? " pending" : ""}`);

describe("the reader's annotations, the opening's first and the rest after", () => {
  it("joined to the rest, equal the whole table, whichever form each part came in", () => {
    const all = initAnnotations({ table: whole, partial: false });
    expect(all.removedEarly).toBeNull();
    const start = initAnnotations({ table: packSpanTable(opening), partial: true });
    expect(start.index.size).toBe(4);
    expect(start.removedEarly).not.toBeNull();
    const joined = run(start, { type: "rest", table: packSpanTable(rest) });
    expect(joined.removedEarly).toBeNull();
    expect(shown(joined)).toEqual([...shown(all)].map((line) => (line.startsWith("ann_09") ? "ann_09 800-801 usr_c" : line)));
    expect(joined.people.map((p) => p.id)).toEqual(["usr_a", "usr_b", "usr_c"]);
    // The overlap queries see the rest too.
    expect(joined.index.covering(105).map((a) => a.id).sort()).toEqual(["ann_04", "ann_05", "ann_06"]);
  });

  it("keeps what changed before the rest arrived: a deletion stays, a moved or new annotation keeps its newer place", () => {
    const start = initAnnotations({ table: opening, partial: true });
    const changed = run(
      start,
      { type: "remove", id: "ann_07" }, // deleted by someone else, live, before the rest arrived
      { type: "remove", id: "ann_01" },
      { type: "upsert", ann: { id: "ann_08", start: 410, end: 415 }, personId: "usr_b" }, // edited live
      { type: "upsert", ann: { id: "tmp_1", start: 600, end: 610, pending: true }, personId: "usr_a" },
      { type: "upsert", ann: { id: "ann_11", start: 600, end: 610 }, personId: "usr_a", replacing: "tmp_1" },
      { type: "upsert", ann: { id: "ann_12", start: 3, end: 4 }, personId: "usr_new" },
      { type: "rest", table: rest },
    );
    expect(shown(changed)).toEqual([
      "ann_02 5-40 usr_b",
      "ann_12 3-4 usr_new",
      "ann_03 50-60 usr_a",
      "ann_04 99-120 usr_b",
      "ann_05 100-110 usr_a",
      "ann_06 100-130 usr_b",
      "ann_08 410-415 usr_b",
      "ann_11 600-610 usr_a",
      "ann_09 800-801 usr_c",
      "ann_10 5000-5100 usr_b",
    ].sort((x, y) => Number(x.split(" ")[1]!.split("-")[0]) - Number(y.split(" ")[1]!.split("-")[0])));
    // A second copy of the rest (a retry) changes nothing, and later deletions are plain again.
    expect(run(changed, { type: "rest", table: rest })).toBe(changed);
    const after = run(changed, { type: "remove", id: "ann_10" }, { type: "remove", id: "ann_10" });
    expect(after.removedEarly).toBeNull();
    expect(after.index.get("ann_10")).toBeUndefined();
  });
});
