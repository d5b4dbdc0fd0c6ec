// A canonical dump of everything a project owns on one database: every column of every row of
// every project-owned table (generated columns included), sorted, as PostgreSQL's own JSON. Two
// instances hold the same project when their dumps are equal. What is left out is named here:
// bigint ids a restore renumbers (their order is kept and compared), and password hashes.
import postgres from "postgres";
import { PARTS, referencedUsersSql } from "@/lib/backup/backup-parts";
import { quoteIdent } from "@/lib/backup/table-columns";

export type ProjectDump = Record<string, string[]>;

export async function dumpProject(url: string, projectId: string): Promise<ProjectDump> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { TimeZone: "UTC", bytea_output: "hex" } });
  try {
    const dump: ProjectDump = {};
    const users = await sql.unsafe<{ line: string }[]>(`SELECT row_to_json(u)::text AS line FROM (SELECT * FROM "User" WHERE "id" IN (SELECT "id" FROM (${referencedUsersSql()}) x) ORDER BY "id") u`, [projectId]);
    dump.User = users.map((r) => withoutKey(r.line, "passwordHash"));
    for (const part of PARTS) {
      const rows = await sql.unsafe<{ line: string }[]>(
        `SELECT row_to_json(r)::text AS line FROM (SELECT * FROM ${quoteIdent(part.table)} WHERE ${part.where} ORDER BY ${(part.serialId ? ["id"] : part.orderBy).map(quoteIdent).join(", ")}) r`,
        [projectId],
      );
      dump[part.table] = rows.map((r) => (part.serialId ? withoutKey(r.line, "id") : r.line));
    }
    return dump;
  } finally {
    await sql.end();
  }
}

function withoutKey(line: string, key: string): string {
  const row = JSON.parse(line) as Record<string, unknown>;
  delete row[key];
  return JSON.stringify(row);
}

/** Every table of the database that is neither an instance table nor in a backup. */
export async function tablesOutsideBackup(url: string, instanceTables: readonly string[]): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ table_name: string }[]>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
    const covered = new Set([...instanceTables, ...PARTS.map((p) => p.table)]);
    return rows.map((r) => r.table_name).filter((t) => !covered.has(t)).sort();
  } finally {
    await sql.end();
  }
}

/** Rows per table across the whole database, to prove a refused restore wrote nothing. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const counts: Record<string, number> = {};
    for (const table of ["User", ...PARTS.map((p) => p.table)]) {
      const [row] = await sql.unsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
      counts[table] = row?.n ?? -1;
    }
    return counts;
  } finally {
    await sql.end();
  }
}
