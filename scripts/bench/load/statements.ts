// With --profile, the statements the app sent during the HTTP phase (pg_stat_statements): how many
// per request, and which ones, so the cost of each round trip to the database can be weighed.
import postgres from "postgres";

export const STATEMENT_FLAGS = ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=top"];

async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

export const resetStatements = (url: string) =>
  withSql(url, async (sql) => {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
    await sql`SELECT pg_stat_statements_reset()`;
  });

export const reportStatements = (url: string, requests: number, top = 15) =>
  withSql(url, async (sql) => {
    const rows = await sql<{ calls: number; mean_ms: number; query: string }[]>`
      SELECT calls::int, mean_exec_time AS mean_ms, regexp_replace(query, '\\s+', ' ', 'g') AS query
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat%' ORDER BY calls DESC`;
    const calls = rows.reduce((n, r) => n + r.calls, 0);
    return [
      `statements: ${calls} in ${requests} requests (${(calls / Math.max(1, requests)).toFixed(1)} per request), most called:`,
      ...rows.slice(0, top).map((r) => `  ${String(r.calls).padStart(6)} × ${r.mean_ms.toFixed(2).padStart(6)} ms  ${r.query.slice(0, 150)}`),
    ];
  });
