// A small reader of prisma/schema.prisma: models with their scalar fields, and enums. Enough to
// compare the schema with a migrated database (see schema-drift.test.ts); not a full Prisma parser.

export interface PrismaField {
  name: string;
  /** The column name: `@map("...")` when present, else the field name. */
  column: string;
  /** A Prisma scalar (String, Int, DateTime, ...), an enum name, or `Unsupported("...")`'s type. */
  type: string;
  kind: "scalar" | "enum" | "unsupported";
  optional: boolean;
  list: boolean;
  /** The `@db.` native type without arguments, e.g. "Timestamptz" for `@db.Timestamptz(3)`. */
  nativeType: string | null;
  /** The raw `@default(...)` argument, e.g. "now()" or "1". */
  default: string | null;
}

export interface PrismaModel {
  name: string;
  /** The table name: `@@map("...")` when present, else the model name. */
  table: string;
  fields: PrismaField[];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: { name: string; values: string[] }[];
}

const SCALARS = new Set(["String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"]);

/** The line up to a `//` comment that is not inside a string. */
function withoutComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== "\\") quoted = !quoted;
    if (!quoted && line[i] === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

/** Everything between `name {` and its closing `}`, per block, with comments removed. */
function blocks(source: string, keyword: "model" | "enum"): { name: string; lines: string[] }[] {
  const out: { name: string; lines: string[] }[] = [];
  const re = new RegExp(`^\\s*${keyword}\\s+(\\w+)\\s*\\{([\\s\\S]*?)^\\s*\\}`, "gm");
  for (const m of source.matchAll(re)) {
    const lines = (m[2] ?? "")
      .split("\n")
      .map((l) => withoutComment(l).trim())
      .filter(Boolean);
    out.push({ name: m[1] ?? "", lines });
  }
  return out;
}

/** The argument of `@name(...)`, balancing nested parentheses. */
function attributeArgument(rest: string, name: string): string | null {
  const at = rest.search(new RegExp(`(^|[^@])@${name}\\(`));
  if (at < 0) return null;
  let depth = 0;
  const open = rest.indexOf("(", at);
  for (let i = open; i < rest.length; i++) {
    if (rest[i] === "(") depth++;
    if (rest[i] === ")" && --depth === 0) return rest.slice(open + 1, i).trim();
  }
  return null;
}

const unquote = (s: string | null) => (s === null ? null : s.replace(/^"(.*)"$/, "$1"));

export function parsePrismaSchema(source: string): PrismaSchema {
  const enumBlocks = blocks(source, "enum");
  const enumNames = new Set(enumBlocks.map((e) => e.name));
  const enums = enumBlocks.map((e) => ({
    name: e.name,
    values: e.lines.filter((l) => !l.startsWith("@@")).map((l) => l.split(/\s+/)[0] ?? ""),
  }));
  const models = blocks(source, "model").map(({ name, lines }) => {
    const tableAttr = lines.find((l) => l.startsWith("@@map("));
    const fields: PrismaField[] = [];
    for (const line of lines) {
      if (line.startsWith("@@")) continue;
      const m = /^(\w+)\s+(Unsupported\("([^"]+)"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!m) throw new Error(`Cannot read the field line "${line}" in model ${name}`);
      const [, fieldName = "", rawType = "", unsupported, list, optional, rest = ""] = m;
      const kind = unsupported ? "unsupported" : enumNames.has(rawType) ? "enum" : SCALARS.has(rawType) ? "scalar" : null;
      if (!kind) continue; // a relation to another model: no column of its own
      const native = /@db\.(\w+)/.exec(rest);
      fields.push({
        name: fieldName,
        column: unquote(attributeArgument(rest, "map")) ?? fieldName,
        type: unsupported ?? rawType,
        kind,
        optional: optional === "?",
        list: list === "[]",
        nativeType: native?.[1] ?? null,
        default: attributeArgument(rest, "default"),
      });
    }
    const table = tableAttr ? unquote(tableAttr.slice("@@map(".length, tableAttr.lastIndexOf(")")).trim()) : null;
    return { name, table: table ?? name, fields };
  });
  return { models, enums };
}
