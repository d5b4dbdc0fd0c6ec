import { describe, expect, it } from "vitest";
import { applyMerge, conflictsOf, mergeParts } from "./merge-claim";

const base = { fields: { count: { kind: "exact", value: 30000 }, outcome: "executed" }, attribution: { assertedBy: "ent_a", stance: "asserts" } };

describe("mergeParts", () => {
  it("keeps each side's own changes and asks only where both changed a part differently", () => {
    const mine = { fields: { count: { kind: "at_least", value: 30000 }, outcome: "killed" }, attribution: { assertedBy: "ent_a", stance: "asserts", modality: "alleged" } };
    const theirs = { fields: { count: { value: 30000, kind: "exact" }, outcome: "executed", period: { from: "1988" } }, attribution: { assertedBy: "ent_b", stance: "asserts" } };
    // Theirs changed nothing in count (same value, keys in another order), so mine wins there.
    theirs.fields.outcome = "arrested";
    const parts = mergeParts(base, mine, theirs);
    expect(parts.map((p) => [p.path, p.auto ?? "ask"])).toEqual([
      ["fields.count", "mine"],
      ["fields.outcome", "ask"],
      ["fields.period", "theirs"],
      ["attribution.assertedBy", "theirs"],
      ["attribution.modality", "mine"],
    ]);
    expect(conflictsOf(parts).map((p) => p.path)).toEqual(["fields.outcome"]);
    expect(() => applyMerge(theirs, parts, {})).toThrow(/fields.outcome/);
    expect(applyMerge(theirs, parts, { "fields.outcome": "mine" })).toEqual({
      fields: { count: { kind: "at_least", value: 30000 }, outcome: "killed", period: { from: "1988" } },
      attribution: { assertedBy: "ent_b", stance: "asserts", modality: "alleged" },
    });
  });

  it("removes a part when the chosen side removed it", () => {
    const mine = { fields: { count: base.fields.count }, attribution: base.attribution };
    const theirs = { fields: { ...base.fields, outcome: "killed" }, attribution: base.attribution };
    const parts = mergeParts(base, mine, theirs);
    expect(conflictsOf(parts).map((p) => p.path)).toEqual(["fields.outcome"]);
    expect(applyMerge(theirs, parts, { "fields.outcome": "mine" }).fields).toEqual({ count: base.fields.count });
  });
});
