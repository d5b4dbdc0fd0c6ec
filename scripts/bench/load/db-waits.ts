// Samples what the app's database connections are doing (pg_stat_activity every 20 ms) while the
// load runs: running a statement, waiting for a lock, waiting for the app inside a transaction,
// idle. It says whether the database, a lock or the app holds the writes back, and which statements
// the active connections are in (the database's own time per kind of statement, seen from outside).
import postgres from "postgres";

export interface WaitProfile {
  samples: number;
  /** Mean number of connections in each state per sample, most first. */
  states: [string, number][];
  meanConnections: number;
  /** Mean number of active connections in each statement (its opening words), most first. */
  statements: [string, number][];
}

/** A statement's opening, whitespace folded: enough to tell the app's statements apart. */
const opening = (query: string) => query.replace(/\s+/g, " ").trim().slice(0, 110);

function label(r: { state: string | null; wait_event_type: string | null; wait_event: string | null }): string {
  if (r.state === "active") return r.wait_event_type ? `active, waiting on ${r.wait_event_type}:${r.wait_event}` : "active, running";
  if (r.state === "idle in transaction") return "idle in transaction (waiting for the app)";
  return r.state ?? "unknown";
}

export function sampleDbWaits(databaseUrl: string): { stop(): Promise<WaitProfile> } {
  const sql = postgres(databaseUrl, { max: 1 });
  const counts = new Map<string, number>();
  const statements = new Map<string, number>();
  let samples = 0;
  let connections = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await sql<{ state: string | null; wait_event_type: string | null; wait_event: string | null; query: string }[]>`
        SELECT state, wait_event_type, wait_event, query FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`;
      samples += 1;
      connections += rows.length;
      for (const r of rows) {
        counts.set(label(r), (counts.get(label(r)) ?? 0) + 1);
        if (r.state === "active") statements.set(opening(r.query), (statements.get(opening(r.query)) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sql.end();
      const means = (m: Map<string, number>) => [...m.entries()].map(([k, n]): [string, number] => [k, n / Math.max(1, samples)]).sort((a, b) => b[1] - a[1]);
      return { samples, states: means(counts), meanConnections: connections / Math.max(1, samples), statements: means(statements) };
    },
  };
}
