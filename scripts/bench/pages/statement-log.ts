// The SQL behind each page: the app runs in other processes, so its statements are taken from
// PostgreSQL's own log (every statement with its duration and parameters, on the server's stderr)
// while each page is requested once more with logging on; the timed requests run with it off. The
// slowest statement of a page can then be EXPLAINed (ANALYZE, BUFFERS) with the very text and
// parameters it ran with.
import pg from "pg";
import postgres from "postgres";

/** Each log line starts with its time and the backend's pid; continuation lines start with a tab. */
export const STATEMENT_LOG_FLAGS = ["-c", "log_line_prefix=%m [%p] "];

/** Keeps the server's log output (only what arrives while statements are logged is of interest). */
export class ServerLog {
  private chunks: string[] = [];
  recording = false;
  readonly write = (chunk: string) => {
    if (this.recording) this.chunks.push(chunk);
  };
  take(): string {
    const text = this.chunks.join("");
    this.chunks = [];
    return text;
  }
}

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
export async function startStatementLog(databaseUrl: string, serverLog: ServerLog): Promise<{ mark(n: number): Promise<void>; stop(): Promise<string> }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  serverLog.take();
  serverLog.recording = true;
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
      // The last lines may still be in the pipe.
      await new Promise((r) => setTimeout(r, 300));
      serverLog.recording = false;
      return serverLog.take();
    },
  };
}

function parseParameters(detail: string | undefined): (string | null)[] {
  const values: (string | null)[] = [];
  for (const m of (detail ?? "").matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) values[Number(m[1]) - 1] = m[2] === "NULL" ? null : m[3]!.replace(/''/g, "'");
  return values;
}

interface LogRecord {
  pid: number;
  level: string;
  message: string;
}

const RECORD = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] ([A-Z]+):  ([\s\S]*)$/;

function logRecords(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  for (const line of text.split("\n")) {
    const m = RECORD.exec(line);
    if (m) records.push({ pid: Number(m[1]), level: m[2]!, message: m[3]! });
    else if (line.startsWith("\t") && records.length) records[records.length - 1]!.message += `\n${line.slice(1)}`;
  }
  return records;
}

/** The statements the app executed after each mark, by mark; the job queue's own polling is left out. */
export function parseStatementLog(text: string): Map<number, LoggedStatement[]> {
  const byMark = new Map<number, LoggedStatement[]>();
  let current: LoggedStatement[] | null = null;
  const records = logRecords(text);
  for (const [i, record] of records.entries()) {
    const m = /^duration: ([\d.]+) ms\s+(?:execute [^:]*|statement): ([\s\S]*)$/.exec(record.message);
    if (record.level !== "LOG" || !m) continue;
    const statement = m[2]!.trim();
    const mark = MARK.exec(statement);
    if (mark) {
      current = [];
      byMark.set(Number(mark[1]), current);
      continue;
    }
    if (!current || /\bpgboss\./.test(statement)) continue;
    const detail = records.slice(i + 1, i + 4).find((r) => r.pid === record.pid && r.level === "DETAIL");
    current.push({ pid: record.pid, ms: Number(m[1]), text: statement, values: detail ? parseParameters(detail.message) : [] });
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
