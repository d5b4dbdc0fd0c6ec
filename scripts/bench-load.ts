// npm run bench:load — 50 concurrent annotators (--users) for 60 s (--seconds) against the
// production build on a throwaway embedded PostgreSQL: each opens a document (the document, then
// its annotations), marks a span, makes a claim on it, and now and then lists claims or compares
// counts, with no think time, over keep-alive connections. Then the floor: the same reads and writes
// done directly in SQL by as many connections for as long (and the writes alone, for half as long,
// printed beside it). Afterwards the database must hold exactly the
// rows the app answered 201 for, and the event hash chain must verify. Ends with one summary line;
// ratio = the app's writes/s over the SQL floor's. It also samples how long committed events wait to
// enter the project's Merkle tree (tree_lag_max_ms; the goal is under a second). --profile adds a
// CPU profile of the app during the HTTP phase and the statements it sent. Then a team at a steady
// rate (--rate requests/s, open loop, 50 by default) reads annotations and marks spans for
// --team-seconds: its p97.5 counts from when each request was due (team_p97_5_ms).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { treeCpuSeconds } from "./bench/load/cpu";
import { monotonicMicros, summariseProfiles } from "./bench/load/cpu-profile";
import { sampleDbWaits } from "./bench/load/db-waits";
import { Recorder } from "./bench/load/latency";
import { sampleTreeLag } from "./bench/load/tree-lag";
import { printBusyStatements, reportHttp } from "./bench/load/report";
import { reportStatements, resetStatements } from "./bench/load/statements";
import { setUpAnnotators } from "./bench/load/setup-annotators";
import { runSqlFloor } from "./bench/load/sql-floor";
import { startApp } from "./bench/load/start-app";
import { annotatorIds, countRows, diff, verifyChain } from "./bench/load/verify";
import { percentile } from "./bench/load/latency";
import { readTexts, runPacedTeam } from "./bench/load/paced-team";
import { runAnnotator, type Tally } from "./bench/load/virtual-annotator";
import { sized } from "./lib/bench-size";

const { values: args } = parseArgs({ options: { users: { type: "string" }, seconds: { type: "string" }, warmup: { type: "string" }, port: { type: "string" }, profile: { type: "boolean" }, small: { type: "boolean" }, rate: { type: "string" }, "team-seconds": { type: "string" } } });
const USERS = Number(args.users ?? sized(50, 4));
const SECONDS = Number(args.seconds ?? sized(60, 3));
const WARMUP = Number(args.warmup ?? sized(5, 1));
const RATE = Number(args.rate ?? sized(50, 8));
const TEAM_SECONDS = Number(args["team-seconds"] ?? sized(30, 3));
const log = (line: string) => console.log(`  ${line}`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
const deadline = (seconds: number) => {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() < end;
};

console.log(`load benchmark: ${USERS} annotators, ${SECONDS} s, ${os.cpus().length} cores, load average ${load()}`);
const profileDir = args.profile ? mkdtempSync(path.join(os.tmpdir(), "bench-load-profile-")) : undefined;
const app = await startApp({ port: args.port ? Number(args.port) : undefined, profileDir, countStatements: true, connections: USERS, log });
const window = { from: 0, to: 0 };
let failed = false;
try {
  const t0 = performance.now();
  const world = await setUpAnnotators(app.baseUrl, USERS);
  log(`${USERS} annotators signed up, added to ${world.projectId} and given API tokens through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const run = async (seconds: number, recorder: Recorder, tally: Tally) => {
    const until = deadline(seconds);
    const start = performance.now();
    await Promise.all(world.tokens.map((_, user) => runAnnotator({ baseUrl: app.baseUrl, world, user, until, recorder, tally })));
    return (performance.now() - start) / 1000;
  };
  await run(WARMUP, new Recorder(), { annotations: 0, claims: 0 });
  log(`warmed up for ${WARMUP} s (not counted)`);

  const before = await countRows(app.databaseUrl, world.projectId);
  const recorder = new Recorder();
  const tally: Tally = { annotations: 0, claims: 0 };
  const cpu0 = { app: treeCpuSeconds(app.pid), client: process.cpuUsage() };
  await resetStatements(app.databaseUrl);
  const sampler = sampleDbWaits(app.databaseUrl);
  const lagSampler = sampleTreeLag(app.databaseUrl, world.projectId);
  window.from = monotonicMicros();
  const elapsed = await run(SECONDS, recorder, tally);
  window.to = monotonicMicros();
  const waits = await sampler.stop();
  const lag = await lagSampler.stop();
  const appCpu = treeCpuSeconds(app.pid) - cpu0.app;
  const clientCpu = (process.cpuUsage(cpu0.client).user + process.cpuUsage(cpu0.client).system) / 1e6;
  const afterHttp = await countRows(app.databaseUrl, world.projectId);
  const statements = await reportStatements(app.databaseUrl, recorder.all().length);

  console.log(`\nHTTP (${USERS} annotators, closed loop, ${elapsed.toFixed(1)} s; load average ${load()}):`);
  const http = reportHttp({ recorder, tally, elapsed, cpu: { app: appCpu, client: clientCpu }, waits });
  for (const line of statements.lines.slice(0, profileDir ? undefined : 6)) console.log(`  ${line}`);
  // What a request costs the app whatever else the machine runs: CPU time and round trips per request.
  const cpuMsPerRequest = (1000 * appCpu) / Math.max(1, recorder.all().length);
  console.log(`  per request: ${cpuMsPerRequest.toFixed(2)} ms of app CPU, ${statements.perRequest.toFixed(1)} statements`);
  const writes = tally.annotations + tally.claims;
  const httpRows = diff(afterHttp, before);
  const httpOk = httpRows.annotations === tally.annotations && httpRows.claims === tally.claims && httpRows.events === writes;
  console.log(`  Merkle tree: committed events waited at most ${lag.maxMs.toFixed(0)} ms (mean ${lag.meanMs.toFixed(0)} ms over ${lag.samples} samples) to enter it${lag.maxMs > 1000 ? " — MORE THAN THE 1 s GOAL" : ""}`);
  console.log(`  database: +${httpRows.annotations} annotations, +${httpRows.claims} claims, +${httpRows.events} events ${httpOk ? "(exactly the successful creates)" : "— MISMATCH with the successful creates"}`);

  const team = new Recorder();
  const teamTally: Tally = { annotations: 0, claims: 0 };
  const teamSampler = sampleDbWaits(app.databaseUrl);
  const teamElapsed = await runPacedTeam({ baseUrl: app.baseUrl, world, rate: RATE, seconds: TEAM_SECONDS, recorder: team, tally: teamTally, texts: await readTexts(app.baseUrl, world) });
  const teamWaits = await teamSampler.stop();
  const teamAll = team.all();
  const teamP975 = percentile(teamAll, 97.5);
  console.log(`
Team at a steady ${RATE} requests/s (${USERS} connections, open loop, ${teamElapsed.toFixed(1)} s; load average ${load()}): ${teamAll.length} requests, ${(teamAll.length / teamElapsed).toFixed(1)}/s`);
  for (const r of team.rows()) console.log(`  ${r.kind.padEnd(24)} ${String(r.count).padStart(6)}  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  max ${r.max.toFixed(1)} ms`);
  console.log(`  all: p50 ${percentile(teamAll, 50).toFixed(1)} ms, p97.5 ${teamP975.toFixed(1)} ms (goal 150 ms); errors: ${team.errors}`);
  for (const f of team.failures) console.log(`    ${f.kind}: ${f.what} -> ${f.status} ${f.body}`);
  console.log(`  the app's database connections: ${teamWaits.states.map(([k, n]) => `${k} ${n.toFixed(1)}`).join("; ")}`);
  printBusyStatements(teamWaits);
  const afterTeam = await countRows(app.databaseUrl, world.projectId);
  const teamRows = diff(afterTeam, afterHttp);
  const teamOk = teamRows.annotations === teamTally.annotations && teamRows.events === teamTally.annotations;
  if (!teamOk) console.log(`  database: +${teamRows.annotations} annotations, +${teamRows.events} events — MISMATCH with the ${teamTally.annotations} successful creates`);

  const userIds = await annotatorIds(app.databaseUrl, "load-annotator-%@bench.example");
  // Two floors, one after the other: the fair one makes the annotators' reads too (what the ratio
  // compares with); the writes alone are printed beside it, for what it costs to do no reading.
  const floors: { label: string; reads: boolean; seconds: number; perS: number; p95: number }[] = [
    { label: "the same reads and writes", reads: true, seconds: SECONDS, perS: NaN, p95: NaN },
    { label: "the writes alone", reads: false, seconds: Math.max(1, Math.round(SECONDS / 2)), perS: NaN, p95: NaN },
  ];
  let sqlOk = true;
  let afterSql = afterTeam;
  for (const f of floors) {
    const before = afterSql;
    const floor = await runSqlFloor({ databaseUrl: app.databaseUrl, projectId: world.projectId, userIds, cast: world, until: deadline(f.seconds), reads: f.reads });
    afterSql = await countRows(app.databaseUrl, world.projectId);
    const sqlRows = diff(afterSql, before);
    f.perS = floor.writes / (floor.ms / 1000);
    f.p95 = percentile(floor.opMs, 95);
    const ok = sqlRows.annotations + sqlRows.claims === floor.writes && sqlRows.events === floor.writes;
    sqlOk &&= ok;
    console.log(`\nSQL floor, ${f.label} (${userIds.length} connections, ${(floor.ms / 1000).toFixed(1)} s; load average ${load()}): ${floor.writes} writes, ${f.perS.toFixed(1)} writes/s, each step p50 ${percentile(floor.opMs, 50).toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; database +${sqlRows.annotations} annotations, +${sqlRows.claims} claims, +${sqlRows.events} events${ok ? "" : " — MISMATCH"}`);
  }
  const sqlPerS = floors[0]!.perS;
  const writesOnlyPerS = floors[1]!.perS;

  const chain = await verifyChain(app.baseUrl, world.projectId, world.ownerToken);
  const chainOk = chain.ok && chain.count === afterSql.events;
  console.log(`event chain: ${chain.ok ? "verifies" : "BROKEN"}, ${chain.count} events${chainOk ? "" : ` (expected ${afterSql.events})`}`);
  // Far past the 1 s goal means the log stopped keeping up with the writes, not noise: a failure.
  const treeOk = lag.maxMs <= 5000;
  failed = recorder.errors > 0 || team.errors > 0 || !httpOk || !teamOk || !sqlOk || !chainOk || !treeOk;

  console.log(`\nbench load: users=${USERS} seconds=${SECONDS} req_per_s=${http.reqPerS.toFixed(1)} writes_per_s=${http.writesPerS.toFixed(1)} p50_ms=${http.p50.toFixed(1)} p95_ms=${http.p95.toFixed(1)} p99_ms=${http.p99.toFixed(1)} errors=${recorder.errors + team.errors} team_rate=${RATE} team_p97_5_ms=${teamP975.toFixed(1)} tree_lag_max_ms=${lag.maxMs.toFixed(0)} cpu_ms_per_req=${cpuMsPerRequest.toFixed(2)} statements_per_req=${statements.perRequest.toFixed(1)} sql_writes_only_per_s=${writesOnlyPerS.toFixed(1)} writes_only_ratio=${(http.writesPerS / writesOnlyPerS).toFixed(2)} sql_writes_per_s=${sqlPerS.toFixed(1)} sql_p95_ms=${floors[0]!.p95.toFixed(1)} ratio=${(http.writesPerS / sqlPerS).toFixed(2)}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.stop();
  if (profileDir) {
    console.log(`\nCPU profile of the app during the HTTP phase:\n${summariseProfiles(profileDir, window).join("\n")}`);
    rmSync(profileDir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
