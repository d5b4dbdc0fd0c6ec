// The span table as the reader page sends it: the rows packed into one string instead of ten
// thousand little arrays. A page's payload serialises and parses every array and number one by one
// (on the server, and again in the browser while hydrating); one string crosses as one value and is
// a third smaller. Each row is `id,start,length,person`, rows separated by spaces; numbers are in
// base 36 and each start counts from the previous row's (rows are in text order). Ids are opaque
// tokens without spaces or commas (lib/ids.ts); a table holding any other id is not packed.
// Plain TypeScript, safe in the browser.
import type { AnnotationSpanTable, SpanPerson, SpanRow } from "./span-table";

export interface PackedSpanTable {
  people: SpanPerson[];
  packed: string;
}

const PACKABLE_ID = /^[^\s,]+$/;

/** The table packed, or unchanged when an id could not be packed. */
export function packSpanTable(table: AnnotationSpanTable): PackedSpanTable | AnnotationSpanTable {
  const parts: string[] = [];
  let previous = 0;
  for (const [id, start, end, person] of table.rows) {
    if (!PACKABLE_ID.test(id) || start < previous || end < start) return table;
    parts.push(`${id},${(start - previous).toString(36)},${(end - start).toString(36)},${person.toString(36)}`);
    previous = start;
  }
  return { people: table.people, packed: parts.join(" ") };
}

export function isPacked(table: PackedSpanTable | AnnotationSpanTable): table is PackedSpanTable {
  return "packed" in table;
}

/** The rows of a table, packed or not. */
export function spanRows(table: PackedSpanTable | AnnotationSpanTable): SpanRow[] {
  if (!isPacked(table)) return table.rows;
  if (!table.packed) return [];
  const rows: SpanRow[] = [];
  let start = 0;
  for (const row of table.packed.split(" ")) {
    const [id, delta, length, person] = row.split(",");
    start += parseInt(delta!, 36);
    rows.push([id!, start, start + parseInt(length!, 36), parseInt(person!, 36)]);
  }
  return rows;
}
