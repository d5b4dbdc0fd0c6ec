// How long committed events wait to enter the project's Merkle tree while the load runs: every 50 ms,
// the age of the oldest event past the newest signed head's tree size. An event's createdAt is taken
// before its transaction commits, so the figure is an upper bound on the wait after commit.
import postgres from "postgres";
import { BENCH_MARK } from "./statements";

export function sampleTreeLag(databaseUrl: string, projectId: string): { stop(): Promise<{ samples: number; maxMs: number; meanMs: number }> } {
  const sql = postgres(databaseUrl, { max: 1 });
  let running = true;
  let samples = 0;
  let maxMs = 0;
  let sumMs = 0;
  const loop = (async () => {
    while (running) {
      const [row] = await sql<{ lag: number }[]>`
        SELECT coalesce(extract(epoch FROM clock_timestamp() - min(e."createdAt")) * 1000, 0)::float8 AS lag
        FROM "Event" e
        WHERE e."projectId" = ${projectId}
          AND e."seq" > coalesce((SELECT max(h."treeSize") FROM "LogHead" h WHERE h."projectId" = ${projectId}), 0) ${sql.unsafe(BENCH_MARK)}`;
      const lag = row?.lag ?? 0;
      samples += 1;
      sumMs += lag;
      maxMs = Math.max(maxMs, lag);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sql.end();
      return { samples, maxMs, meanMs: samples ? sumMs / samples : 0 };
    },
  };
}
