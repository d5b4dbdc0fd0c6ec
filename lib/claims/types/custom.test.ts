import { describe, expect, it } from "vitest";
import { customTypeDefinition, ZCreateClaimType } from "./custom";

describe("ZCreateClaimType", () => {
  it("refuses a number field no value could fill, naming its max", () => {
    const r = ZCreateClaimType.safeParse({ name: "detention_site", fields: [{ name: "capacity", kind: "number", min: 10, max: 5 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["fields.0.max", "must not be below min"]]);
  });

  it("builds the schema claims of the type are checked with", () => {
    const parsed = ZCreateClaimType.parse({ name: "detention_site", fields: [{ name: "capacity", kind: "number", min: 0, max: 5000, integer: true, required: true }, { name: "site", kind: "entity", entityKind: "place" }] });
    const type = customTypeDefinition({ id: "typ_1", name: parsed.name, fields: parsed.fields });
    expect(type.schema.safeParse({ capacity: 300 }).success).toBe(true);
    expect(type.schema.safeParse({ capacity: 300.5 }).success).toBe(false);
    expect(type.schema.safeParse({ capacity: 6000 }).success).toBe(false);
    expect(type.entityFields).toEqual([{ field: "site", kinds: ["place"] }]);
  });
});
