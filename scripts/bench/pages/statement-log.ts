// The SQL behind each page: the app runs in other processes, so its statements are taken from
// PostgreSQL's own log (JSON lines, every statement with its duration and parameters) while each page
// is requested once more with logging on; the timed requests run with it off. The slowest statement
// of a page can then be EXPLAINed (ANALYZE, BUFFERS) with the very text and parameters it ran with.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import postgres from "postgres";

/** Server settings: the JSON log in the data folder's `log/`, statements logged only when asked. */
export const STATEMENT_LOG_FLAGS = ["logging_collector=on", "log_destination=jsonlog", "log_directory=log", "log_filename=statements", "log_rotation_size=0"].flatMap((f) => ["-c", f]);

export interface LoggedStatement {
  pid: number;
  ms: number;
  text: string;
  values: (string | null)[];
}

const MARK = /^SELECT 'bench-pages mark (\d+)'$/;

/**
 * Turns statement logging on for the app's sessions and opens a connection of its own that writes
 * a numbered mark into the log before each page's request, so the log can be cut into pages. The
 * app's statements for a request are done before its answer arrives, hence before the next mark.
 */
export async function startStatementLog(databaseUrl: string): Promise<{ mark(n: number): Promise<void>; stop(): Promise<void> }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe("ALTER SYSTEM SET log_min_duration_statement = 0");
  await sql`SELECT pg_reload_conf()`;
  // Backends pick up the new setting at their next command.
  await new Promise((r) => setTimeout(r, 300));
  return {
    mark: async (n) => void (await sql.unsafe(`SELECT 'bench-pages mark ${Math.trunc(n)}'`)),
    async stop() {
      await sql.unsafe("ALTER SYSTEM RESET log_min_duration_statement");
      await sql`SELECT pg_reload_conf()`;
      await sql.end();
      // The log collector writes asynchronously.
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

function parseParameters(detail: string | undefined): (string | null)[] {
  const values: (string | null)[] = [];
  for (const m of (detail ?? "").matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) values[Number(m[1]) - 1] = m[2] === "NULL" ? null : m[3]!.replace(/''/g, "'");
  return values;
}

/** The statements the app executed after each mark, by mark; the job queue's own polling is left out. */
export function readStatementLog(dataDir: string): Map<number, LoggedStatement[]> {
  const dir = path.join(dataDir, "log");
  const byMark = new Map<number, LoggedStatement[]>();
  let current: LoggedStatement[] | null = null;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { pid: number; message?: string; detail?: string; application_name?: string };
      const m = /^duration: ([\d.]+) ms\s+(?:execute [^:]*|statement): ([\s\S]*)$/.exec(entry.message ?? "");
      if (!m) continue;
      const text = m[2]!.trim();
      const mark = MARK.exec(text);
      if (mark) {
        current = [];
        byMark.set(Number(mark[1]), current);
        continue;
      }
      if (!current || /pg-?boss/i.test(entry.application_name ?? "") || /\bpgboss\./.test(text)) continue;
      current.push({ pid: entry.pid, ms: Number(m[1]), text, values: parseParameters(entry.detail) });
    }
  }
  return byMark;
}

export const isExplainable = (s: LoggedStatement) => /^\s*(select|with|insert|update|delete)\b/i.test(s.text);

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a logged statement in a transaction that is rolled back, after the
 * planner settings its session made just before it (set_config) in the same window.
 */
export async function explainStatement(databaseUrl: string, statement: LoggedStatement, window: LoggedStatement[]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const settings = window.slice(0, window.indexOf(statement)).filter((s) => s.pid === statement.pid && s.text.includes("set_config("));
    for (const s of settings) await client.query(s.text, s.values);
    const res = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    const params = statement.values.map((v, i) => `$${i + 1} = ${JSON.stringify(v)?.slice(0, 120)}`).join(", ");
    return [...settings.map((s) => `-- after: ${s.text}`), statement.text, ...(params ? [`-- ${params}`] : []), ...res.rows.map((r) => r["QUERY PLAN"])].join("\n");
  } catch (error) {
    return `${statement.text}\n-- could not EXPLAIN: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
