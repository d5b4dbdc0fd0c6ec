// SQL text for exports. COPY cannot take bind parameters, so the export query is built as text;
// every value that reaches it was validated by zod first (ids, enum values, type names, ISO
// instants) and is still quoted here as a standard SQL string literal.

/** A string literal (standard_conforming_strings, on by default since PostgreSQL 9.1 and set by the export session). */
export function literal(value: string): string {
  if (value.includes("\u0000")) throw new Error("a NUL character cannot appear in SQL text");
  return `'${value.replace(/'/g, "''")}'`;
}

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `(a, b, c)` for `IN`; callers never pass an empty list. */
export function literalList(values: readonly string[]): string {
  if (values.length === 0) throw new Error("an IN list needs at least one value");
  return `(${values.map(literal).join(", ")})`;
}

/** A timestamptz rendered as JavaScript's toISOString() does: UTC, milliseconds, `Z`. */
export function isoText(expr: string): string {
  return `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** `true`/`false` as words, which CSV readers and Table Schema's boolean type both accept. */
export function booleanText(condition: string): string {
  return `CASE WHEN ${condition} THEN 'true' ELSE 'false' END`;
}
