import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BUILTIN_TYPES } from "../claims/types/builtin";
import { fieldColumns } from "./field-columns";
import { BUILTIN_TYPE_FIELDS } from "./type-fields";

const names = (types: Parameters<typeof fieldColumns>[0], reserved: string[] = []) => fieldColumns(types, new Set(reserved)).map((c) => c.name);

describe("field columns", () => {
  it("list exactly the fields of each built-in type's schema, in order", () => {
    for (const t of BUILTIN_TYPE_FIELDS) {
      const schema = BUILTIN_TYPES[t.type]?.schema as unknown as z.ZodObject;
      expect(t.fields.map((f) => f.name)).toEqual(Object.keys(schema.shape));
    }
  });

  it("flatten counts, periods and entities, and take the union over types sorted by name", () => {
    const [victim, role] = [BUILTIN_TYPE_FIELDS[0]!, BUILTIN_TYPE_FIELDS[1]!];
    expect(names([victim])).toEqual(["count_kind", "count_value", "count_min", "count_max", "outcome", "event_id", "event_name", "place_id", "place_name", "period_from", "period_to"]);
    expect(names([victim, role])).toEqual(["person_id", "person_name", "role", "organization_id", "organization_name", "period_from", "period_to", "count_kind", "count_value", "count_min", "count_max", "outcome", "event_id", "event_name", "place_id", "place_name"]);
  });

  it("type the columns and mark entity ids", () => {
    const cols = fieldColumns([BUILTIN_TYPE_FIELDS[0]!], new Set());
    expect(cols.find((c) => c.name === "count_value")).toMatchObject({ type: "integer" });
    expect(cols.filter((c) => c.entityId).map((c) => c.name)).toEqual(["event_id", "place_id"]);
  });

  it("prefix a field that would take a fixed column's name, and guard a name two types use differently", () => {
    const custom = { type: "custom", fields: [{ name: "status", kind: "text" as const }, { name: "event", kind: "text" as const }] };
    expect(names([custom], ["status"])).toEqual(["field_status", "event"]);
    const both = fieldColumns([custom, BUILTIN_TYPE_FIELDS[0]!], new Set());
    expect(both.find((c) => c.name === "event")?.sql).toBe(`CASE WHEN c.type IN ('custom') THEN c.fields->>'event' END`);
    expect(both.find((c) => c.name === "event_id")?.sql).toBe(`CASE WHEN c.type IN ('victim_count') THEN c.fields->>'event' END`);
    expect(fieldColumns([BUILTIN_TYPE_FIELDS[0]!], new Set()).find((c) => c.name === "outcome")?.sql).toBe(`c.fields->>'outcome'`);
  });
});
