import { describe, expect, it } from "vitest";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { claimTypeInput, fieldIndexes, pathErrors } from "./claim-type-input";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("claimTypeInput", () => {
  it("reads each field with only the options of its kind", () => {
    const input = claimTypeInput(
      form([
        ["name", "detention_site"],
        ["description", "Where prisoners were held"],
        ["fields.0.name", "site"],
        ["fields.0.kind", "entity"],
        ["fields.0.entityKind", "place"],
        ["fields.0.required", "on"],
        ["fields.0.maxLength", "5"],
        ["fields.3.name", "regime"],
        ["fields.3.label", "Regime"],
        ["fields.3.kind", "choice"],
        ["fields.3.options", "solitary\r\n\r\nward \n"],
        ["fields.5.name", "capacity"],
        ["fields.5.kind", "number"],
        ["fields.5.min", "0"],
        ["fields.5.max", ""],
        ["fields.5.integer", "on"],
        ["fields.7.name", "held"],
        ["fields.7.kind", "count"],
      ]),
    );
    expect(input).toEqual({
      name: "detention_site",
      description: "Where prisoners were held",
      fields: [
        { name: "site", kind: "entity", entityKind: "place", required: true },
        { name: "regime", label: "Regime", kind: "choice", options: ["solitary", "ward"], required: false },
        { name: "capacity", kind: "number", min: 0, integer: true, required: false },
        { name: "held", kind: "count", required: false },
      ],
    });
    expect(ZCreateClaimType.safeParse(input).success).toBe(true);
  });

  it("orders rows by their number, not their position in the form", () => {
    expect(fieldIndexes(form([["fields.10.kind", "text"], ["fields.2.kind", "text"]]))).toEqual([2, 10]);
  });

  it("keys errors by their whole path, so each lands beside its control", () => {
    const parsed = ZCreateClaimType.safeParse(claimTypeInput(form([["name", "Bad Name"], ["fields.0.name", "ok"], ["fields.0.kind", "choice"], ["fields.0.options", ""]])));
    expect(parsed.success).toBe(false);
    const errors = pathErrors(parsed.error!.issues);
    expect(Object.keys(errors).sort()).toEqual(["fields.0.options", "name"]);
    expect(pathErrors([{ path: [], message: "x" }])).toEqual({ _form: "x" });
  });
});
