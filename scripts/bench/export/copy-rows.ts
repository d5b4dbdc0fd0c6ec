// Streams generated rows into a table with COPY ... FROM STDIN (text format), ~256 KB per write,
// honouring back-pressure, on a connection with session_replication_role = replica: per-row
// triggers (foreign-key checks, the live-update NOTIFY) are skipped for rows consistent by construction.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type postgres from "postgres";

type Value = string | number | null | readonly string[];

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escape = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
const array = (items: readonly string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
const field = (v: Value) => (v === null ? "\\N" : typeof v === "number" ? String(v) : typeof v === "string" ? escape(v) : escape(array(v)));

export class CopyRows {
  private parts: string[] = [];
  private size = 0;

  private constructor(private readonly stream: Writable, private readonly release: () => void) {}

  static async open(sql: postgres.Sql, table: string, columns: readonly string[]): Promise<CopyRows> {
    const conn = await sql.reserve();
    await conn`SET session_replication_role = replica`;
    const stream = await conn.unsafe(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`).writable();
    return new CopyRows(stream, () => conn.release());
  }

  async row(values: readonly Value[]): Promise<void> {
    const line = `${values.map(field).join("\t")}\n`;
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (chunk && !this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    this.release();
  }
}

/** mulberry32: the same data on every run. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
