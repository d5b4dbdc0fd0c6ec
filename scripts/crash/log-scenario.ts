// The crash demo's last scenario: a crash after events committed but before the sequencer hashed
// them into the Merkle tree. The demo holds the project's sequencer lock from its own connection,
// so the server's writes commit (201) while their sequencing is held off, exactly the window a
// crash can hit; then it kills the server, lets go of the lock and starts the server again, which
// must sequence every one of those events at start-up, with heads that only grew.
import postgres, { type Sql } from "postgres";
import type { Api } from "./api-client";

export interface LogScenarioContext {
  url: string;
  sql: Sql;
  api: () => Api;
  projectId: string;
  kill(): Promise<void>;
  restart(): Promise<void>;
  log(line: string): void;
}

const treeSize = async (sql: Sql, projectId: string) =>
  Number((await sql<{ n: number | null }[]>`SELECT max("treeSize") AS n FROM "LogHead" WHERE "projectId" = ${projectId}`)[0]?.n ?? 0);
const lastSeq = async (sql: Sql, projectId: string) =>
  Number((await sql<{ n: number | null }[]>`SELECT max("seq") AS n FROM "Event" WHERE "projectId" = ${projectId}`)[0]?.n ?? 0);

export async function crashBeforeSequencing(ctx: LogScenarioContext): Promise<boolean> {
  const { sql, projectId, log } = ctx;
  const holder = postgres(ctx.url, { max: 1, onnotice: () => {} });
  const lock = `log:${projectId}`;
  await holder`SELECT pg_advisory_lock(hashtextextended(${lock}, 0))`;
  const sizeBefore = await treeSize(sql, projectId);
  const writes = Array.from({ length: 12 }, (_, i) => ctx.api().call("POST", `/projects/${projectId}/entities`, { kind: "person", name: `Witness ${i} of the night transfer` }));
  await Promise.all(writes);
  const committed = await lastSeq(sql, projectId);
  const pending = committed - (await treeSize(sql, projectId));
  log(`    ${writes.length} writes answered 201: events up to seq ${committed} committed, ${pending} of them not yet in the tree (size ${sizeBefore})`);
  await ctx.kill();
  await holder`SELECT pg_advisory_unlock(hashtextextended(${lock}, 0))`;
  await holder.end();
  log("    SIGKILL between commit and sequencing; server restarted");
  await ctx.restart();
  const sizeAtStart = await treeSize(sql, projectId);
  const head = await ctx.api().call<{ treeSize: number }>("GET", `/projects/${projectId}/log/head`);
  const { verifyLog } = await import("../../lib/log/verify-log");
  const report = await verifyLog(projectId);
  const ok = pending > 0 && sizeAtStart === committed && head.treeSize >= committed && report.ok && sizeAtStart >= sizeBefore;
  log(
    `    after restart: the tree holds ${sizeAtStart} of ${committed} events before any request (start-up sequencing); head treeSize=${head.treeSize}; ` +
      `tree and heads recomputed from the events: ${report.ok ? "verify" : `FAIL (${report.problem})`}; lost: ${Math.max(0, committed - sizeAtStart)}`,
  );
  return ok;
}
