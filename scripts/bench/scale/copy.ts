// Streams rows into a table with COPY ... FROM STDIN (text format) on a connection of its own,
// batching rows into ~256 KB chunks and honouring back-pressure. The connection runs with
// session_replication_role = replica, so per-row triggers (foreign-key checks, the live-update
// NOTIFY) are skipped: the generated rows are consistent by construction.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import type postgres from "postgres";

export type CopyValue = string | number | null | readonly string[];

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeCopy = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
const arrayLiteral = (items: readonly string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

export function copyLine(values: readonly CopyValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += "\t";
    if (v === null || v === undefined) line += "\\N";
    else if (typeof v === "number") line += String(v);
    else if (typeof v === "string") line += escapeCopy(v);
    else line += escapeCopy(arrayLiteral(v));
  }
  return `${line}\n`;
}

export class CopyStream {
  rows = 0;
  private parts: string[] = [];
  private size = 0;

  private constructor(
    private readonly stream: Writable,
    private readonly release: () => void,
  ) {}

  static async open(sql: postgres.Sql, table: string, columns: readonly string[]): Promise<CopyStream> {
    const conn = await sql.reserve();
    await conn`SET session_replication_role = replica`;
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const stream = await conn.unsafe(`COPY "${table}" (${cols}) FROM STDIN`).writable();
    return new CopyStream(stream, () => conn.release());
  }

  async row(values: readonly CopyValue[]): Promise<void> {
    const line = copyLine(values);
    this.parts.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size >= 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    this.release();
    return this.rows;
  }
}
