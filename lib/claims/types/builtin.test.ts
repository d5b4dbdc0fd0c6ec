import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldColumns } from "../../exports/field-columns";
import { BUILTIN_TYPE_FIELDS } from "../../exports/type-fields";
import { BUILTIN_TYPES, DEFAULT_COMPARE_TYPE } from "./builtin";
import { type ClaimTypeDefinition, entityKindsOf, type FieldDeclaration } from "./define-claim-type";
import { formClaimTypes } from "./form-fields";
import { renderSummary, summaryFields } from "./render-summary";

/** A value each kind of field accepts. */
function sample(f: FieldDeclaration): unknown {
  switch (f.kind) {
    case "text":
      return "Deputy Supreme Leader";
    case "number":
      return f.min ?? 1;
    case "count":
      return { kind: "at_least", value: 30000 };
    case "date":
      return "1988-07";
    case "period":
      return { from: "1988-07", to: "1988-09" };
    case "choice":
      return f.options[0];
    case "entity":
      return "ent_1";
  }
}

/** The CSV columns a field of each kind flattens to. */
const COLUMN_SUFFIXES: Record<FieldDeclaration["kind"], string[]> = {
  text: [""],
  number: [""],
  date: [""],
  choice: [""],
  count: ["_kind", "_value", "_min", "_max"],
  period: ["_from", "_to"],
  entity: ["_id", "_name"],
};

const types: ClaimTypeDefinition[] = Object.values(BUILTIN_TYPES);
const forms = formClaimTypes([]);
const filled = (t: ClaimTypeDefinition, which: (f: FieldDeclaration) => boolean) => Object.fromEntries(t.fields.filter(which).map((f) => [f.name, sample(f)]));

describe.each(types.map((t) => [t.id, t] as const))("built-in type %s: every view agrees with its declaration", (_id, type) => {
  it("its schema takes exactly the declared fields, requiring the required ones", () => {
    expect(type.schema.safeParse(filled(type, () => true)).success).toBe(true);
    expect(type.schema.safeParse(filled(type, (f) => f.required === true)).success).toBe(true);
    for (const f of type.fields.filter((x) => x.required)) {
      const without = filled(type, (x) => x.name !== f.name);
      expect(type.schema.safeParse(without).error?.issues.map((i) => i.path.join("."))).toEqual([f.name]);
    }
    expect(type.schema.safeParse({ ...filled(type, () => true), undeclared: "x" }).success).toBe(false);
    const json = z.toJSONSchema(type.schema, { io: "input", unrepresentable: "any" }) as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(json.properties)).toEqual(type.fields.map((f) => f.name));
    expect(json.required ?? []).toEqual(type.fields.filter((f) => f.required).map((f) => f.name));
  });

  it("names its entity fields, subject and count from the declared fields", () => {
    const entities = type.fields.flatMap((f) => (f.kind === "entity" ? [{ field: f.name, kinds: entityKindsOf(f) }] : []));
    expect(type.entityFields).toEqual(entities);
    expect(type.subjectField).toBe(entities[0]?.field);
    expect(type.countField).toBe(type.fields.find((f) => f.kind === "count")?.name);
  });

  it("the claim form shows each declared field with its label, kind and requirement", () => {
    const form = forms.find((t) => t.id === type.id);
    expect(form).toMatchObject({ name: type.name, builtIn: true });
    expect(form?.fields.map((f) => f.name)).toEqual(type.fields.map((f) => f.name));
    type.fields.forEach((f, i) => {
      const shown = form!.fields[i]!;
      expect(shown.required).toBe(f.required ?? false);
      if (f.label) expect(shown.label).toBe(f.label);
      expect(f.kind === "text" ? ["text", "longtext"] : [f.kind]).toContain(shown.kind);
      if (f.kind === "choice") expect(shown.options).toEqual(f.options);
      if (f.kind === "entity") expect(shown.entityKinds).toEqual(entityKindsOf(f));
      if (f.kind === "text") expect(shown.maxLength).toBe(f.maxLength);
    });
  });

  it("the exports flatten each declared field into its columns, in order", () => {
    const exported = BUILTIN_TYPE_FIELDS.find((t) => t.type === type.id);
    expect(exported?.fields).toEqual(type.fields.map((f) => ({ name: f.name, kind: f.kind })));
    const columns = fieldColumns([exported!], new Set()).map((c) => c.name);
    expect(columns).toEqual(type.fields.flatMap((f) => COLUMN_SUFFIXES[f.kind].map((s) => `${f.name}${s}`)));
  });

  it("its summary names only declared fields and leaves out optional parts that are empty", () => {
    const template = type.summary ?? "";
    expect(template).not.toBe("");
    const names = new Set(type.fields.map((f) => f.name));
    for (const f of summaryFields(template)) expect(names).toContain(f);
    const render = (values: Record<string, unknown>) =>
      renderSummary(template, { text: (k, max) => String(values[k] ?? "—").slice(0, max), has: (k) => values[k] !== undefined });
    const all = Object.fromEntries(type.fields.map((f) => [f.name, `<${f.name}>`]));
    const full = render(all);
    for (const f of summaryFields(template)) expect(full).toContain(`<${f}>`);
    const required = Object.fromEntries(type.fields.filter((f) => f.required).map((f) => [f.name, `<${f.name}>`]));
    const short = render(required);
    for (const f of type.fields.filter((x) => !x.required)) expect(short).not.toContain(`<${f.name}>`);
    expect(short).not.toMatch(/[[\]{}]/);
  });
});

describe("built-in types", () => {
  it("keep their public ids and order, and the compare view opens on the first with a count", () => {
    expect(types.map((t) => t.id)).toEqual(["victim_count", "role", "event", "statement"]);
    expect(forms.filter((t) => t.builtIn).map((t) => t.id)).toEqual(types.map((t) => t.id));
    expect(BUILTIN_TYPE_FIELDS.map((t) => t.type)).toEqual(types.map((t) => t.id));
    expect(DEFAULT_COMPARE_TYPE).toBe("victim_count");
  });
});
