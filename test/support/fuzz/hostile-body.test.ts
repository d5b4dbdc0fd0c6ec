// The fuzz's own tools must do what they claim, or a green fuzz run proves nothing.
import { describe, expect, it } from "vitest";
import { snapshotChanges } from "./database-snapshot";
import { applyEdits, deepText, nodeCount } from "./hostile-body";

const example = { name: "A", tags: ["x", "y"], nested: { start: 0 } };

describe("applyEdits", () => {
  it("sends __proto__ and constructor as the body's own keys, not as a prototype", () => {
    const text = applyEdits(example, [
      { op: "addKey", at: 0, key: "__proto__", value: { polluted: true } },
      { op: "addKey", at: 0, key: "constructor", value: 1 },
    ]);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("splices raw number literals JSON.stringify cannot write, and leaves the example untouched", () => {
    const nested = nodeCount(example) - 1;
    expect(applyEdits(example, [{ op: "raw", at: nested, literal: "1e400" }])).toBe('{"name":"A","tags":["x","y"],"nested":{"start":1e400}}');
    expect(example.nested.start).toBe(0);
  });

  it("replaces, deletes and nests at any node, the root included", () => {
    expect(applyEdits(example, [{ op: "set", at: 0, value: null }])).toBe("null");
    expect(JSON.parse(applyEdits(example, [{ op: "delete", at: 3 }]))).toEqual({ name: "A", tags: ["y"], nested: { start: 0 } });
    const deep = JSON.parse(applyEdits(example, [{ op: "raw", at: 1, literal: deepText(10_000, "array") }]));
    let depth = 0;
    for (let v = deep.name; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBe(10_000);
  });
});

describe("snapshotChanges", () => {
  const base = { counts: { User: 3, Event: 10, SignInAttempt: 4 }, events: 10, headHash: "h1" };

  it("names every table whose row count moved and any change to the event log", () => {
    expect(snapshotChanges(base, base)).toEqual([]);
    const after = { counts: { User: 4, Event: 11, SignInAttempt: 4 }, events: 11, headHash: "h2" };
    expect(snapshotChanges(base, after)).toEqual(["User: 3 → 4 rows", "Event: 10 → 11 rows", "event log: 10 → 11 events", "event log head: h1 → h2"]);
  });

  it("ignores only the tables a route writes to by design when it refuses", () => {
    const after = { ...base, counts: { ...base.counts, SignInAttempt: 5 } };
    expect(snapshotChanges(base, after, ["SignInAttempt"])).toEqual([]);
    expect(snapshotChanges(base, after)).toEqual(["SignInAttempt: 4 → 5 rows"]);
  });
});
