// Watches the server's work from PostgreSQL's side: a write transaction is demonstrably in progress
// when a backend holds a transaction id (it has written rows not yet committed).
import type { Sql } from "postgres";

export interface InFlight {
  state: string;
  query: string;
  ageMs: number;
}

const OPEN_WRITES = `
  SELECT state, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS query,
         (extract(epoch FROM now() - xact_start) * 1000)::int AS "ageMs"
  FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
    AND backend_xid IS NOT NULL`;

/**
 * Resolves with the first open write transaction whose latest statement matches `pattern` (a
 * POSIX regular expression: the phase of the work to interrupt), or null when `done` settles first.
 */
export async function waitForOpenWrite(sql: Sql, done: Promise<unknown>, pattern = "", timeoutMs = 180_000): Promise<InFlight | null> {
  let settled = false;
  void done.then(() => (settled = true), () => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    const [row] = await sql.unsafe<InFlight[]>(`${OPEN_WRITES} AND query ~ $1`, [pattern]);
    if (row) return row;
    await new Promise((r) => setTimeout(r, 5));
  }
  return null;
}

/** Waits until PostgreSQL has rolled back what the killed server left open. */
export async function waitForNoOpenWrites(sql: Sql): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const rows = await sql.unsafe(OPEN_WRITES);
    if (rows.length === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("a transaction of the killed server is still open after 30 s");
}

/** The open write transaction right now, if any. */
export async function openWrite(sql: Sql): Promise<InFlight | null> {
  const [row] = await sql.unsafe<InFlight[]>(OPEN_WRITES);
  return row ?? null;
}
