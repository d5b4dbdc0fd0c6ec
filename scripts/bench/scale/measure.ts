// Timing with the SQL behind it: every statement the Prisma client sends (through pg's Pool) is
// recorded while a measured call runs, so the slowest call's slowest statement can be EXPLAINed
// afterwards with the very text and parameters it ran with.
import pg from "pg";

export interface Statement {
  text: string;
  values: unknown[];
  ms: number;
  /** The connection it ran on: settings made earlier on it (set_config) shape its plan. */
  client: unknown;
}

export interface Run {
  label: string;
  ms: number;
  statements: Statement[];
}

export interface Series {
  name: string;
  runs: Run[];
}

let recording: Statement[] | null = null;

/**
 * Wraps pg's Client.query once (pools and transactions both end there), so statements are
 * recorded while a measured call runs. Pool.query passes a callback; the adapter awaits a promise.
 */
export function recordStatements(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __recorded?: boolean };
  if (proto.__recorded) return;
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const log = recording;
    if (!log) return original.apply(this, args);
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    const text = typeof config === "string" ? config : (config.text ?? "");
    const values = (typeof config === "string" || !config.values) && Array.isArray(args[1]) ? (args[1] as unknown[]) : typeof config === "string" ? [] : (config.values ?? []);
    const t0 = performance.now();
    const done = () => log.push({ text, values, ms: performance.now() - t0, client: this });
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (...cb: unknown[]) => {
        done();
        return (callback as (...a: unknown[]) => unknown)(...cb);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) void result.then(done, () => {});
    return result;
  };
  proto.__recorded = true;
}

export async function measure<T>(label: string, fn: () => Promise<T>): Promise<Run & { result: T }> {
  const statements: Statement[] = [];
  recording = statements;
  const t0 = performance.now();
  try {
    const result = await fn();
    return { label, ms: performance.now() - t0, statements, result };
  } finally {
    recording = null;
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function summary(series: Series): { p50: number; p95: number; max: number; slowest: Run } {
  const ms = series.runs.map((r) => r.ms);
  const slowest = series.runs.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), slowest };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of a run, with its parameters, in a
 * transaction with the planner settings made before it on the same connection.
 */
export async function explainSlowest(url: string, run: Run): Promise<string> {
  // BEGIN, COMMIT and the like can be the slowest on a busy machine, but have no plan to show.
  const explainable = run.statements.filter((s) => /^\s*(select|with|insert|update|delete)\b/i.test(s.text));
  const statement = explainable.reduce<Statement | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
  if (!statement) return "(no statements recorded)";
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const settings = run.statements.slice(0, run.statements.indexOf(statement)).filter((s) => s.client === statement.client && s.text.includes("set_config("));
    for (const s of settings) await client.query(s.text, s.values);
    const res = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    await client.query("ROLLBACK");
    const params = statement.values.map((v, i) => `$${i + 1} = ${JSON.stringify(v)}`).join(", ");
    return [
      `-- ${run.label}: call ${run.ms.toFixed(1)} ms, ${run.statements.length} statements; slowest ${statement.ms.toFixed(1)} ms (as the client saw it)`,
      ...settings.map((s) => `-- after: ${s.text}`),
      statement.text,
      `-- ${params}`,
      ...res.rows.map((r) => r["QUERY PLAN"]),
    ].join("\n");
  } finally {
    await client.end();
  }
}
