// Flattens the claims' `fields` JSON into columns, the same way for every type: a count becomes
// <f>_kind, <f>_value, <f>_min, <f>_max; a period <f>_from, <f>_to; an entity <f>_id, <f>_name;
// anything else <f>. Columns keep the types' field order (types sorted by name); exporting several
// types gives the union, each column filled only for the types that have it.
import type { Column, ColumnType, Join } from "./export-columns";
import { ident, literal } from "./sql-text";
import type { FieldKind, TypeFields } from "./type-fields";

interface Part {
  suffix: string;
  type: ColumnType;
  description: string;
  sql: (field: string) => string;
  entityId?: boolean;
  join?: (field: string) => Join;
}

const value = (f: string) => `c.fields->>${literal(f)}`;
const member = (f: string, key: string) => `c.fields->${literal(f)}->>${literal(key)}`;
/** Entity names by a hash join per entity field (aliases fe_<field>), not a lookup per row. */
const entityAlias = (f: string) => ident(`fe_${f}`);
const entityJoin = (f: string): Join => ({
  alias: `fe_${f}`,
  sql: () => `LEFT JOIN "Entity" ${entityAlias(f)} ON ${entityAlias(f)}."projectId" = c."projectId" AND ${entityAlias(f)}.id = ${value(f)}`,
});

const PARTS: Record<FieldKind, Part[]> = {
  text: [{ suffix: "", type: "string", description: "", sql: value }],
  choice: [{ suffix: "", type: "string", description: "", sql: value }],
  date: [{ suffix: "", type: "string", description: " (a date, possibly partial: 1988, 1988-07)", sql: value }],
  number: [{ suffix: "", type: "number", description: "", sql: value }],
  count: [
    { suffix: "_kind", type: "string", description: ": exact, approx, at_least, at_most, range or unknown", sql: (f) => member(f, "kind") },
    { suffix: "_value", type: "integer", description: ": the number (all kinds but range and unknown)", sql: (f) => member(f, "value") },
    { suffix: "_min", type: "integer", description: ": lower bound of a range", sql: (f) => member(f, "min") },
    { suffix: "_max", type: "integer", description: ": upper bound of a range", sql: (f) => member(f, "max") },
  ],
  period: [
    { suffix: "_from", type: "string", description: ": start (a date, possibly partial)", sql: (f) => member(f, "from") },
    { suffix: "_to", type: "string", description: ": end (a date, possibly partial)", sql: (f) => member(f, "to") },
  ],
  entity: [
    { suffix: "_id", type: "string", description: ": entity id", sql: value, entityId: true },
    { suffix: "_name", type: "string", description: ": entity name", sql: (f) => `${entityAlias(f)}.name`, join: entityJoin },
  ],
};

/** Column names the fixed columns already use; a field column that would clash gets a `field_` prefix. */
export function fieldColumns(types: readonly TypeFields[], reserved: ReadonlySet<string>): Column[] {
  // A field name meaning one thing in every exported type needs no per-type guard: types without
  // the field simply have no value there.
  const kinds = new Map<string, Set<FieldKind>>();
  for (const t of types) for (const f of t.fields) kinds.set(f.name, (kinds.get(f.name) ?? new Set()).add(f.kind));
  const guarded = new Set([...kinds].filter(([, k]) => k.size > 1).map(([name]) => name));
  const byName = new Map<string, { type: ColumnType; description: string; entityId: boolean; guard: boolean; cases: Map<string, string[]>; joins: Map<string, Join> }>();
  for (const t of [...types].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
    for (const field of t.fields) {
      for (const part of PARTS[field.kind]) {
        const base = `${field.name}${part.suffix}`;
        const name = reserved.has(base) ? `field_${base}` : base;
        const sql = part.sql(field.name);
        const entry = byName.get(name) ?? { type: part.type, description: `Field ${field.name}${part.description}`, entityId: true, guard: false, cases: new Map(), joins: new Map() };
        entry.guard ||= guarded.has(field.name);
        if (entry.type !== part.type) entry.type = "string";
        entry.entityId &&= part.entityId === true;
        if (part.join) entry.joins.set(`fe_${field.name}`, part.join(field.name));
        entry.cases.set(sql, [...(entry.cases.get(sql) ?? []), t.type]);
        byName.set(name, entry);
      }
    }
  }
  return [...byName].map(([name, entry]) => ({
    name,
    type: entry.type,
    description: `${entry.description} (types: ${[...entry.cases.values()].flat().join(", ")}).`,
    sql: entry.guard || entry.cases.size > 1 ? caseByType(entry.cases) : ([...entry.cases.keys()][0] ?? "NULL"),
    ...(entry.entityId ? { entityId: true } : {}),
    ...(entry.joins.size ? { joins: [...entry.joins.values()] } : {}),
  }));
}

/** Each expression only for the types that define the column; other types get NULL. */
function caseByType(cases: Map<string, string[]>): string {
  const arms = [...cases].map(([sql, types]) => `WHEN c.type IN (${types.map(literal).join(", ")}) THEN ${sql}`);
  return `CASE ${arms.join(" ")} END`;
}
