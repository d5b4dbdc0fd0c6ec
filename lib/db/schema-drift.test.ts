// The migrations must build exactly the database prisma/schema.prisma describes: every table,
// column (type and nullability) and enum, and no column the schema does not know of.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { type PrismaField, parsePrismaSchema } from "./prisma-schema-models";

const schema = parsePrismaSchema(readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8"));

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, string> = {
  Timestamptz: "timestamp with time zone",
  Timestamp: "timestamp without time zone",
  Date: "date",
  VarChar: "character varying",
  Char: "character",
  Uuid: "uuid",
  Text: "text",
  SmallInt: "smallint",
  Real: "real",
  JsonB: "jsonb",
  Json: "json",
};

/** What information_schema should say of a field's column: [data_type, udt_name] (null: any). */
function expectedType(field: PrismaField): [string | null, string | null] {
  if (field.list) return ["ARRAY", null];
  if (field.kind === "enum") return ["USER-DEFINED", field.type];
  if (field.kind === "unsupported") return [null, field.type];
  if (field.nativeType) {
    const native = NATIVE_TYPES[field.nativeType];
    if (!native) throw new Error(`Add @db.${field.nativeType} to NATIVE_TYPES in this test`);
    return [native, null];
  }
  if (field.type === "DateTime") return ["timestamp without time zone", null];
  const scalar = SCALAR_TYPES[field.type];
  if (!scalar) throw new Error(`Add ${field.type} to SCALAR_TYPES in this test`);
  return [scalar, null];
}

let columns: Column[];

beforeAll(async () => {
  columns = await db().$queryRaw<Column[]>`
    SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text
    FROM information_schema.columns WHERE table_schema = current_schema()`;
});

describe("the migrated database matches prisma/schema.prisma", () => {
  it("reads a schema with models and enums", () => {
    expect(schema.models.map((m) => m.name)).toEqual(expect.arrayContaining(["User", "Project", "Document", "Event"]));
    expect(schema.enums.map((e) => e.name)).toContain("Role");
  });

  it("has a table for every model, and no table the schema does not declare", () => {
    const tables = new Set(columns.map((c) => c.table_name));
    expect([...tables].sort()).toEqual([...schema.models.map((m) => m.table), "_prisma_migrations"].sort());
  });

  describe.each(schema.models)("model $name", (model) => {
    const tableColumns = () => columns.filter((c) => c.table_name === model.table);

    it("has exactly the declared columns", () => {
      expect(tableColumns().map((c) => c.column_name).sort()).toEqual(model.fields.map((f) => f.column).sort());
    });

    it.each(model.fields)("column $column has the declared type and nullability", (field) => {
      const column = tableColumns().find((c) => c.column_name === field.column);
      expect(column, `${model.table}.${field.column} is missing`).toBeDefined();
      const [dataType, udtName] = expectedType(field);
      if (dataType) expect(column?.data_type).toBe(dataType);
      if (udtName) expect(column?.udt_name).toBe(udtName);
      expect(column?.is_nullable).toBe(field.optional ? "YES" : "NO");
    });
  });

  it.each(schema.enums)("enum $name has the declared values, in order", async ({ name, values }) => {
    const rows = await db().$queryRaw<{ label: string }[]>`
      SELECT e.enumlabel::text AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      WHERE t.typname = ${name} ORDER BY e.enumsortorder`;
    expect(rows.map((r) => r.label)).toEqual(values);
  });

  it("has no enum the schema does not declare", async () => {
    const rows = await db().$queryRaw<{ name: string }[]>`
      SELECT DISTINCT t.typname::text AS name FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema()`;
    expect(rows.map((r) => r.name).sort()).toEqual(schema.enums.map((e) => e.name).sort());
  });
});
