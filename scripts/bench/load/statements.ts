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

/** Marks the benchmark's own statements (its samplers), which are not the app's work. */
export const BENCH_MARK = "/* bench-load */";

type Row = { calls: number; mean_ms: number; total_ms: number; query: string };

/** The app's statements sorted into what a request sends, what the job queue polls, and what triggers run inside the database. */
function kindOf(query: string): "request" | "queue" | "trigger" | "bench" {
  if (query.includes(BENCH_MARK)) return "bench";
  if (/\bpgboss\./.test(query)) return "queue";
  if (/\bNEW\./.test(query)) return "trigger";
  return "request";
}

export interface StatementFigures {
  lines: string[];
  /** Statements the app's request handling sent (round trips), per request. */
  perRequest: number;
}

export const reportStatements = (url: string, requests: number, top = 15) =>
  withSql(url, async (sql): Promise<StatementFigures> => {
    const rows = await sql<Row[]>`
      SELECT calls::int, mean_exec_time AS mean_ms, total_exec_time AS total_ms, regexp_replace(query, '\\s+', ' ', 'g') AS query
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat%' ORDER BY total_exec_time DESC`;
    const sum = (kind: ReturnType<typeof kindOf>) => rows.filter((r) => kindOf(r.query) === kind).reduce((n, r) => n + r.calls, 0);
    const per = (n: number) => (n / Math.max(1, requests)).toFixed(1);
    const sent = sum("request");
    const app = rows.filter((r) => kindOf(r.query) !== "bench");
    return {
      perRequest: sent / Math.max(1, requests),
      lines: [
        `statements: ${sent} sent by request handling in ${requests} requests (${per(sent)} per request); besides, ${sum("trigger")} run by triggers at commit (${per(sum("trigger"))} per request) and ${sum("queue")} job-queue polls; where the database spent its time (calls × mean = total):`,
        ...app.slice(0, top).map((r) => `  ${String(r.calls).padStart(6)} × ${r.mean_ms.toFixed(2).padStart(6)} ms = ${r.total_ms.toFixed(0).padStart(6)} ms  ${r.query.slice(0, 150)}`),
      ],
    };
  });
