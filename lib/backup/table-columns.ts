// The columns a backup copies: every column of the table except those the database generates.
import type { Sql } from "postgres";

export async function tableColumns(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`;
  return rows.map((r) => r.column_name);
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
