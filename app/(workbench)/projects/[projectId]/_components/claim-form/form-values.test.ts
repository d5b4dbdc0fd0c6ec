import { describe, expect, it } from "vitest";
import { errorAt, pathErrors, setPath, validateClaim } from "./form-values";

describe("setPath", () => {
  it("sets nested values and drops emptied ones with their parents", () => {
    let v = setPath({}, ["count", "kind"], "range");
    v = setPath(v, ["count", "min"], 10);
    expect(v).toEqual({ count: { kind: "range", min: 10 } });
    v = setPath(v, ["count", "min"], Number.NaN);
    v = setPath(v, ["count", "kind"], "");
    expect(v).toEqual({});
  });
});

describe("validateClaim", () => {
  const victimCount = { id: "victim_count", name: "Victim count", builtIn: true };

  it("finds in the browser what the server would refuse, with the API's paths", () => {
    const issues = validateClaim(victimCount, { count: { kind: "range", min: 5 } }, { stance: "asserts" });
    const errors = pathErrors(issues);
    expect(errors["fields.count.max"]).toBe("is required for a range");
    expect(errors["fields.outcome"]).toBe("is required");
    expect(errors["attribution.assertedBy"]).toBe("is required");
    expect(errorAt(errors, "fields.count")).toBe("is required for a range");
  });

  it("accepts a complete claim", () => {
    expect(validateClaim(victimCount, { count: { kind: "at_least", value: 30000 }, outcome: "executed" }, { assertedBy: "ent_1", stance: "asserts" })).toEqual([]);
  });

  it("checks a project-defined type against its own definition", () => {
    const site = { id: "typ_1", name: "detention_site", builtIn: false, definition: [{ name: "capacity", kind: "number" as const, required: true, integer: true }] };
    const issues = validateClaim(site, { capacity: 2.5 }, { assertedBy: "ent_1", stance: "asserts" });
    expect(issues.map((i) => i.path)).toEqual(["fields.capacity"]);
  });
});
