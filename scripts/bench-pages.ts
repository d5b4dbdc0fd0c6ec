// npm run bench:pages — every workbench page as a signed-in researcher meets it in the production
// build (`npm start`'s WEB_CONCURRENCY processes on a throwaway embedded PostgreSQL): the pages are
// found under app/(workbench) and app/(auth), their ids filled from the data. Per page: server time
// (time to the first byte and to the last byte of the HTML, p50/p95 over repeated requests with the
// session cookie, after warm-up; at most 20 s of requests per page) and time to interactive in headless Chromium, then each page once
// more with PostgreSQL logging its statements (count, time) and the plan of its slowest statement.
// Two phases: the demo project as `npm start` seeds it (after ANALYZE), then a project at the size of
// bench:scale (100,000 sources, 1M annotations, 1M claims, COPYed; BENCH_SCALE shrinks it) in the
// same database, with the demo owner made its owner. Pages of no project (projects list, tokens,
// sign-in/up, requested signed out) are measured in both phases.
// Baseline: GET /api/health (one `SELECT 1` through the app: the floor of any request), timed after
// every page request in the same run so it shares the machine's noise. ratio = the worst demo
// page's p95 time to first byte over the health p95. "app cpu" in the tables: the app processes' CPU
// time per request (mean), which a busy machine inflates far less than wall time. The targets (p95 ≤ 100 ms demo, ≤ 200 ms at
// scale) are printed against the figures as well.
// Figures: bench-results/pages.txt; plans of every page's slowest statement: bench-results/pages-plans.txt.
// Then the real reader page with a 1 MB source and 10,000 annotations (bench:reader's data, in the demo
// project): the browser's first byte and the reader's first highlights over cold visits.
// --reader-only: only that reader page (with --small, at the small size).
// --small: a project of 50 sources, 1 request per page, 1 browser visit per page at scale only, 4 at once.
// --only a,b: only the pages whose route contains one of these words (no real reader page).
// BENCH_PGDATA=<folder>: keep the cluster there between runs, the scale project loaded once (loading
// 0.1 takes minutes), for work on a page's queries; a kept cluster's demo project gains a release
// pair (and, without --only, a reader source) per run.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "../seeds/demo-accounts";
import { startApp } from "./bench/load/start-app";
import { discoverPages } from "./bench/pages/discover-pages";
import { apiToken, makeReleases } from "./bench/pages/make-releases";
import { measurePhase, type PageResult, type PhaseOptions } from "./bench/pages/measure-phase";
import { pageVisit } from "./bench/pages/page-urls";
import { measureReaderPage, type ReaderPhaseResult } from "./bench/pages/reader-phase";
import { sampleProject } from "./bench/pages/project-sample";
import { bySlowest, pageTable, planReport } from "./bench/pages/report";
import { type Session, signIn } from "./bench/pages/sign-in";
import { ServerLog, STATEMENT_LOG_FLAGS } from "./bench/pages/statement-log";
import { prepareContext } from "./bench/pages/time-to-interactive";
import { scaleConfig } from "./bench/scale/config";
import { buildWorld } from "./bench/scale/entities";
import { loadScaleProject } from "./bench/scale/load";
import { percentile } from "./bench/scale/measure";
import { SCALE_POSTGRES_FLAGS } from "./bench/scale/postgres-flags";
import { sized } from "./lib/bench-size";

const REPETITIONS = Number(process.env.BENCH_RUNS ?? sized(30, 1));
const TTI_RUNS = Number(process.env.BENCH_TTI_RUNS ?? sized(5, 1));
const QUIET_MS = sized(500, 100);
const SCALE = Number(process.env.BENCH_SCALE ?? sized(1, 0.0005));
const READER_RUNS = Number(process.env.BENCH_READER_RUNS ?? sized(5, 1));
const READER_SIZE = sized({ length: 1_000_000, annotations: 10_000 }, { length: 50_000, annotations: 500 });
/** `--reader-only`: only the real reader page (the demo project, no scale project, no other page). */
const READER_ONLY = process.argv.includes("--reader-only");
const onlyAt = process.argv.indexOf("--only");
/** `--only a,b`: only the pages whose route contains one of these (and no real reader page). */
const ONLY = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "").split(",").filter(Boolean) : null;
const owner = { email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD };

const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};
const log = (line: string) => console.log(`  ${line}`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

async function withSql<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

/** The real reader page (reader-phase.ts), its visits reported. */
async function readerPhase(session: Session): Promise<ReaderPhaseResult> {
  const r = await measureReaderPage({
    baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, appPid: app.pid, projectId: DEMO_PROJECT.id, browser: session.browser, signedIn: session.context, size: READER_SIZE, runs: READER_RUNS,
  });
  say(`\nthe real reader page (${r.length.toLocaleString("en")} characters, ${r.annotations.toLocaleString("en")} annotations, signed in, ${READER_RUNS} cold visits; load average ${load()}):`);
  for (const v of r.visits) {
    say(`  first byte ${v.responseStartMs.toFixed(0)} ms, highlights painted ${v.paintedMs.toFixed(0)} ms, HTML ${(v.htmlBytes / 1024).toFixed(0)} KiB, received ${(v.bytes / 1024).toFixed(0)} KiB, browser main thread ${v.browserCpuMs.toFixed(0)} ms, app CPU ${v.serverCpuMs?.toFixed(0)} ms`);
  }
  say(`  median: first byte ${r.ttfbMs.toFixed(0)} ms, highlights painted ${r.paintedMs.toFixed(0)} ms (target 700 ms)`);
  return r;
}

const readerFigures = (r: ReaderPhaseResult) =>
  `reader_page_ttfb_ms=${r.ttfbMs.toFixed(0)} reader_page_highlights_ms=${r.paintedMs.toFixed(0)} reader_page_kib=${(r.bytes / 1024).toFixed(0)} reader_page_browser_cpu_ms=${r.browserCpuMs.toFixed(0)} reader_page_app_cpu_ms=${r.serverCpuMs.toFixed(0)}`;

function reportPhase(name: string, results: PageResult[]): number {
  say(`\n${name} (load average ${load()}); milliseconds, sql = statements of one request and their time in the database:`);
  for (const line of pageTable(results)) say(`  ${line}`);
  const worst = bySlowest(results)[0];
  return worst ? percentile(worst.ttfb, 95) : NaN;
}

say(`pages benchmark: ${REPETITIONS} requests + ${TTI_RUNS} browser visit(s) per page, BENCH_SCALE=${SCALE}, ${os.cpus().length} cores, load average ${load()}`);
const serverLog = new ServerLog();
const app = await startApp({ connections: 20, postgresFlags: [...SCALE_POSTGRES_FLAGS, ...STATEMENT_LOG_FLAGS], serverLog: serverLog.write, dataDir: process.env.BENCH_PGDATA || undefined, log });
if (READER_ONLY) {
  let code = 0;
  try {
    const session = await signIn(app.baseUrl, owner);
    try {
      say(`bench pages (the reader page only): ${readerFigures(await readerPhase(session))}`);
    } finally {
      await session.close();
    }
  } catch (error) {
    code = 1;
    console.error(error);
  } finally {
    await app.stop();
  }
  process.exit(code);
}
let failed = false;
try {
  const pages = discoverPages().filter((p) => !ONLY || ONLY.some((word) => p.route.includes(word)));
  say(`${pages.length} pages found: ${pages.map((p) => p.route).join(" ")}`);
  const session = await signIn(app.baseUrl, owner);
  const signedOut = await session.browser.newContext({ baseURL: app.baseUrl });
  await prepareContext(session.context);
  await prepareContext(signedOut);
  const health: number[] = [];
  const options: PhaseOptions = {
    baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, serverLog, cookie: session.cookie, signedIn: session.context, signedOut,
    appPid: app.pid, warmup: sized(3, 0), repetitions: REPETITIONS, pageBudgetMs: 20_000, ttiRuns: TTI_RUNS, quietMs: QUIET_MS, ttiConcurrency: sized(1, 4), health, log,
  };
  try {
    const token = await apiToken(app.baseUrl, owner);
    // The demo as a team meets it after autovacuum has analysed it (this cluster runs without autovacuum).
    await withSql(app.databaseUrl, (sql) => sql`ANALYZE`);
    const demoSample = await sampleProject(app.databaseUrl, DEMO_PROJECT.id);
    demoSample.releases = await makeReleases(app.baseUrl, token, DEMO_PROJECT.id);
    say(`demo project: source ${demoSample.documentId}, claim ${demoSample.claimId}, entity ${demoSample.entityId}, search "${demoSample.searchQuery}"`);
    // The small mode proves each page still renders and hydrates: one browser visit per page, at scale only.
    const demo = await measurePhase(pages.map((p) => pageVisit(p, demoSample)), { ...options, ttiRuns: sized(TTI_RUNS, 0) });
    const demoWorst = reportPhase("demo project", demo);

    // The real reader page at the reader benchmark's size, in the demo project, before the scale
    // project loads (the demo phase above picks its sample source before this one exists).
    const reader = ONLY ? null : await readerPhase(session);

    const config = scaleConfig(SCALE);
    const world = buildWorld();
    log(`loading the scale project: ${config.documents.toLocaleString("en")} sources, ${(config.documents * config.annotationsPerDocument).toLocaleString("en")} annotations, ${config.claims.toLocaleString("en")} claims`);
    const loaded = await loadScaleProject(app.databaseUrl, world, config, log);
    await withSql(app.databaseUrl, (sql) => sql`
      INSERT INTO "Membership" ("projectId", "userId", role) SELECT ${config.projectId}, id, 'owner' FROM "User" WHERE email = ${owner.email} ON CONFLICT DO NOTHING`);
    say(`scale project loaded in ${loaded.loadSeconds.toFixed(1)} s (+ VACUUM ANALYZE ${loaded.vacuumSeconds.toFixed(1)} s): ${Object.entries(loaded.rows).map(([t, k]) => `${t} ${k.toLocaleString("en")}`).join(", ")}`);
    const scaleSample = await sampleProject(app.databaseUrl, config.projectId);
    try {
      scaleSample.releases = await makeReleases(app.baseUrl, token, config.projectId, scaleSample.documentId);
    } catch (error) {
      log(`no releases at scale, so the releases' diff is not measured there: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
    }
    say(`scale project: source ${scaleSample.documentId}, claim ${scaleSample.claimId}, entity ${scaleSample.entityId}, search "${scaleSample.searchQuery}"`);
    const scale = await measurePhase(pages.map((p) => pageVisit(p, scaleSample)), options);
    const scaleWorst = reportPhase(`scale project (${loaded.rows.Document?.toLocaleString("en")} sources, ${loaded.rows.Claim?.toLocaleString("en")} claims)`, scale);

    const healthP95 = percentile(health, 95);
    const all = [...demo, ...scale];
    const ttiWorst = Math.max(0, ...all.filter((r) => r.tti.length).map((r) => percentile(r.tti, 95)));
    const slowest = bySlowest(scale)[0];
    const demoPlans = planReport(demo);
    const scalePlans = planReport(scale);
    say(`\nplans of the slowest statement of the three slowest pages at scale:`);
    for (const plan of scalePlans.slice(0, 3)) say(plan);
    say(`baseline /api/health: ${health.length} requests, p50 ${percentile(health, 50).toFixed(1)} ms, p95 ${healthP95.toFixed(1)} ms`);
    say(`worst page p95: demo ${demoWorst.toFixed(0)} ms (${(demoWorst / 100).toFixed(2)}× the 100 ms target, ${(demoWorst / healthP95).toFixed(1)}× health), scale ${scaleWorst.toFixed(0)} ms (${(scaleWorst / 200).toFixed(2)}× the 200 ms target, ${(scaleWorst / healthP95).toFixed(1)}× health)`);
    await mkdir("bench-results", { recursive: true });
    await writeFile("bench-results/pages-plans.txt", `=== demo project ===\n\n${demoPlans.join("\n")}\n=== scale project ===\n\n${scalePlans.join("\n")}`);
    const errors = all.filter((r) => r.error).length;
    failed = errors > 0;
    const summary = `bench pages: pages=${pages.length} errors=${errors} demo_p95_ms=${demoWorst.toFixed(0)} scale_p95_ms=${scaleWorst.toFixed(0)} slowest_page=${slowest?.visit.route ?? "-"} ${reader ? readerFigures(reader) : "reader_page=not_measured"} tti_p95_ms=${ttiWorst.toFixed(0)} health_p95_ms=${healthP95.toFixed(1)} ratio=${(demoWorst / healthP95).toFixed(2)}`;
    lines.push(summary);
    await writeFile("bench-results/pages.txt", `${lines.join("\n")}\n`);
    console.log(`figures: ${path.resolve("bench-results/pages.txt")}; every page's slowest statement's plan: ${path.resolve("bench-results/pages-plans.txt")}`);
    console.log(summary);
  } finally {
    await session.close();
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.stop();
}
process.exit(failed ? 1 : 0);
