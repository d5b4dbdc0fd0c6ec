// Inserts one part's rows as they stream in, in batches, through json_populate_recordset: the
// database parses every value with its own column type, exactly as row_to_json wrote it.
import { createHash } from "node:crypto";
import type { Sql } from "postgres";
import { corrupt, type ArchiveReader } from "./archive-reader";
import type { BackupPart } from "./backup-parts";
import { quoteIdent } from "./table-columns";

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;

export interface PartInput {
  part: BackupPart;
  /** The archive's columns for this part, all of them known to this database. */
  columns: string[];
  rows: number;
  /** archived user id → local user id. */
  remap: Record<string, string>;
}

function insertSql({ part, columns, remap }: PartInput): { text: string; usesRemap: boolean } {
  const targets = columns.filter((c) => !(part.serialId && c === "id"));
  const usesRemap = Object.keys(remap).length > 0 && part.userColumns.some((c) => targets.includes(c));
  const values = targets.map((c) => {
    const column = `r.${quoteIdent(c)}`;
    // Merges may point at an entity inserted later; restore-entity-merges.ts sets them once all exist.
    if (part.table === "Entity" && c === "mergedIntoId") return "NULL";
    if (usesRemap && part.userColumns.includes(c)) return `COALESCE($2::text::jsonb ->> ${column}, ${column})`;
    return column;
  });
  const table = quoteIdent(part.table);
  return {
    text: `INSERT INTO ${table} (${targets.map(quoteIdent).join(", ")})
      SELECT ${values.join(", ")} FROM json_populate_recordset(NULL::${table}, $1::text::json) WITH ORDINALITY AS r ORDER BY r.ordinality${part.keepExisting ? "\n      ON CONFLICT DO NOTHING" : ""}`,
    usesRemap,
  };
}

/** Reads and inserts the part's rows; returns the sha256 of the row lines as read. */
export async function insertPart(sql: Sql, reader: ArchiveReader, input: PartInput, onBatch?: (sql: Sql, json: string) => Promise<void>): Promise<string> {
  const { text, usesRemap } = insertSql(input);
  const remap = JSON.stringify(input.remap);
  const hash = createHash("sha256");
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const json = `[${batch.join(",")}]`;
    await sql.unsafe(text, usesRemap ? [json, remap] : [json]);
    await onBatch?.(sql, json);
    batch = [];
    chars = 0;
  };
  for (let i = 0; i < input.rows; i++) {
    const line = await reader.next();
    if (line === null) throw corrupt(`${input.part.table} ends after ${i} of its ${input.rows} rows`);
    if (!line.startsWith("{")) throw corrupt(`a row of ${input.part.table} is not a JSON object`);
    hash.update(`${line}\n`);
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  return hash.digest("hex");
}
