import { describe, expect, it } from "vitest";
import { AnnotationIndex } from "./annotation-index";
import { annotationFilters, filterTest } from "./filters";
import { shortcutOf } from "./shortcuts";

describe("filters", () => {
  const people = [
    { id: "u1", name: "Anna" },
    { id: "u2", name: "Reza" },
  ];
  const index = AnnotationIndex.from([
    { id: "a", start: 0, end: 5, person: 0 },
    { id: "b", start: 6, end: 9, person: 1 },
    { id: "c", start: 10, end: 12, person: 1 },
  ]);
  const defs = annotationFilters(people, index, 0);

  it("offers annotators with counts and keeps claim filters disabled until claims exist", () => {
    expect(defs.find((d) => d.id === "annotator")?.options).toEqual([
      { value: "0", label: "Anna (1)" },
      { value: "1", label: "Reza (2)" },
    ]);
    expect(defs.filter((d) => d.pending).map((d) => d.id)).toEqual(["claimType", "status"]);
  });

  it("combines the filters that are on", () => {
    expect(filterTest(defs, {})).toBeNull();
    const reza = filterTest(defs, { annotator: "1" })!;
    expect(index.items.filter(reza).map((a) => a.id)).toEqual(["b", "c"]);
    const mine = filterTest(defs, { mine: "1", claimType: "victim_count" })!;
    expect(index.items.filter(mine).map((a) => a.id)).toEqual(["a"]);
    expect(index.items.filter(filterTest(defs, { mine: "1", annotator: "1" })!)).toEqual([]);
  });
});

describe("shortcutOf", () => {
  const key = (init: Partial<KeyboardEvent>) => ({ defaultPrevented: false, isComposing: false, target: null, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: "", code: "", ...init }) as KeyboardEvent;
  it("maps keys, including letters typed on a Persian layout", () => {
    expect(shortcutOf(key({ key: "j", code: "KeyJ" }))).toBe("next");
    expect(shortcutOf(key({ key: "ت", code: "KeyJ" }))).toBe("next");
    expect(shortcutOf(key({ key: "Enter", ctrlKey: true }))).toBe("annotate");
    expect(shortcutOf(key({ key: "Escape" }))).toBe("close");
    expect(shortcutOf(key({ key: "?", shiftKey: true }))).toBe("help");
    expect(shortcutOf(key({ key: "a", ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key({ key: "A", shiftKey: true, code: "KeyA" }))).toBeNull();
  });
});
