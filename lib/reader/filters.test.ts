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
  const claims = new Map([
    ["a", [{ type: "victim_count", status: "approved" }]],
    ["b", [{ type: "victim_count", status: "draft" }, { type: "role", status: "draft" }]],
  ]);
  const defs = annotationFilters(people, index, 0, claims, { victim_count: "Victim count", role: "Role" });

  it("offers annotators, claim types and statuses with counts of annotations", () => {
    expect(defs.find((d) => d.id === "annotator")?.options).toEqual([
      { value: "0", label: "Anna (1)" },
      { value: "1", label: "Reza (2)" },
    ]);
    expect(defs.find((d) => d.id === "claimType")?.options).toEqual([
      { value: "role", label: "Role (1)" },
      { value: "victim_count", label: "Victim count (2)" },
      { value: "__none", label: "No claim yet (1)" },
    ]);
    expect(defs.find((d) => d.id === "status")?.options.map((o) => o.label)).toEqual(["Approved (1)", "Draft (1)"]);
  });

  it("filters by the claims resting on a span", () => {
    const only = (values: Record<string, string>) => index.items.filter(filterTest(defs, values)!).map((a) => a.id);
    expect(only({ claimType: "victim_count" })).toEqual(["a", "b"]);
    expect(only({ claimType: "__none" })).toEqual(["c"]);
    expect(only({ status: "draft" })).toEqual(["b"]);
    expect(only({ claimType: "role", annotator: "0" })).toEqual([]);
  });

  it("combines the filters that are on", () => {
    expect(filterTest(defs, {})).toBeNull();
    const reza = filterTest(defs, { annotator: "1" })!;
    expect(index.items.filter(reza).map((a) => a.id)).toEqual(["b", "c"]);
    const mine = filterTest(defs, { mine: "1", status: "approved" })!;
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
    expect(shortcutOf(key({ key: "c", code: "KeyC" }))).toBe("claim");
    expect(shortcutOf(key({ key: "ز", code: "KeyC" }))).toBe("claim");
    expect(shortcutOf(key({ key: "?", shiftKey: true }))).toBe("help");
    expect(shortcutOf(key({ key: "a", ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key({ key: "A", shiftKey: true, code: "KeyA" }))).toBeNull();
  });
});
