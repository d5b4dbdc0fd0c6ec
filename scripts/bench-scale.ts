// npm run bench:scale — the workbench at scale on this machine: a throwaway embedded Postgres, a
// generated project of 100,000 sources (~3 KB, 10% Persian), 1,000,000 annotations and 1,000,000
// claims loaded by COPY, then full-text search, the filtered claim list, the compare view of an
// event with 10,000 claims and opening a source, each through the real lib functions, warm.
// Figures go to bench-results/scale.txt, the plans of the slowest statements to
// bench-results/scale-plans.txt. Ends with one summary line. BENCH_SCALE=0.01 for a quick try.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { migrate } from "../lib/db/migrate";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { openDatabase, type OpenDatabase } from "../lib/db/open-database";
import { scaleConfig } from "./bench/scale/config";
import { buildWorld } from "./bench/scale/entities";
import { documentInputs, listInputs, searchInputs } from "./bench/scale/inputs";
import { loadScaleProject } from "./bench/scale/load";
import { SCALE_POSTGRES_FLAGS } from "./bench/scale/postgres-flags";
import { explainSlowest, percentile, recordStatements, type Series, summary } from "./bench/scale/measure";
import { compareSeries, documentSeries, listSeries, naiveSearchSeries, searchPagesSeries, searchSeries } from "./bench/scale/workloads";
import { sized } from "./lib/bench-size";

const RUNS = Number(process.env.BENCH_RUNS ?? sized(200, 10));
const WARMUP = sized(40, 2);
/** Searches also ranked the plain way (every match read and ranked), for the ratio: it takes seconds each at full size. */
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? sized(40, 5));
const POSTGRES_FLAGS = SCALE_POSTGRES_FLAGS;
/** Searches paged on to their second and third pages. */
const PAGED_RUNS = Number(process.env.BENCH_PAGED_RUNS ?? sized(50, 5));

const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

function report(s: Series): { p50: number; p95: number } {
  const { p50, p95, max, slowest } = summary(s);
  say(`${s.name}: ${s.runs.length} calls, p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)} (slowest: ${slowest.label})`);
  return { p50, p95 };
}

/** A throwaway cluster; BENCH_PGDATA keeps one in that folder between runs (loaded once), for work on queries. */
async function open(): Promise<OpenDatabase> {
  const dataDir = process.env.BENCH_PGDATA;
  if (!dataDir) return openDatabase({ ephemeral: true, postgresFlags: POSTGRES_FLAGS, log: console.error });
  const server = await startEmbeddedPostgres({ dataDir, postgresFlags: POSTGRES_FLAGS, log: console.error });
  return { url: server.url, embedded: true, dataDir, close: () => server.stop() };
}

async function main(): Promise<void> {
  const config = scaleConfig(Number(process.env.BENCH_SCALE ?? sized(1, 0.002)));
  const world = buildWorld();
  const database = await open();
  try {
    const tMigrate = performance.now();
    const migrated = await migrate(database.url);
    // On a kept cluster (BENCH_PGDATA) a new migration runs on the loaded rows: say how long it took.
    if (migrated.applied.length) say(`migrations ${migrated.applied.join(", ")}: ${((performance.now() - tMigrate) / 1000).toFixed(1)} s`);
    process.env.DATABASE_URL = database.url;
    recordStatements();
    say(`generating and loading ${config.documents.toLocaleString("en")} sources, ${(config.documents * config.annotationsPerDocument).toLocaleString("en")} annotations, ${config.claims.toLocaleString("en")} claims, ${world.all.length.toLocaleString("en")} entities (postgres ${POSTGRES_FLAGS.filter((f) => f !== "-c").join(" ")})`);
    const load = await loadScaleProject(database.url, world, config, console.log);
    const total = Object.values(load.rows).reduce((a, b) => a + b, 0);
    say(`rows: ${Object.entries(load.rows).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}`);
    say(`load (generate + COPY + index builds): ${load.loadSeconds.toFixed(1)} s, ${Math.round(total / load.loadSeconds).toLocaleString("en")} rows/s; VACUUM ANALYZE ${load.vacuumSeconds.toFixed(1)} s`);

    const access = { projectId: config.projectId, userId: config.userId, role: "owner" as const };
    const search = await searchSeries(access, searchInputs(RUNS + WARMUP, 67), WARMUP);
    const byKind = new Map<string, number[]>();
    for (const r of search.runs) {
      const kind = r.label.split(" ")[1] ?? "";
      byKind.set(kind, [...(byKind.get(kind) ?? []), r.ms]);
    }
    const s = report(search);
    for (const [kind, xs] of byKind) say(`  ${kind}: ${xs.length} calls, p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}`);
    // The baseline: the first BASELINE_RUNS of the same searches, every match ranked by ts_rank_cd.
    const baselineInputs = searchInputs(RUNS + WARMUP, 67).slice(0, WARMUP + BASELINE_RUNS);
    const naive = await naiveSearchSeries(access, baselineInputs, WARMUP);
    const b = report(naive);
    const oursOnSame = search.runs.slice(0, BASELINE_RUNS).map((r) => r.ms);
    const sameP95 = percentile(oursOnSame, 95);
    say(`  ours on the same ${oursOnSame.length} searches: p95 ${ms(sameP95)}; baseline p95 ${ms(b.p95)}; ratio ${(sameP95 / b.p95).toFixed(3)}`);
    // Paging on: the second and third pages of the first searches, each through the cursor the page before gave.
    const pages = await searchPagesSeries(access, searchInputs(RUNS + WARMUP, 67).slice(0, WARMUP + PAGED_RUNS), WARMUP);
    const pg = report(pages);
    const list = await listSeries(access, listInputs(world, RUNS + WARMUP, 88), WARMUP);
    const l = report(list);
    const compare = await compareSeries(access, world.bigEvent.id, 20, 3);
    const c = report(compare);
    const groups = compare.results[0] as { claims: unknown[] }[];
    say(`  compare: ${groups.reduce((n, g) => n + g.claims.length, 0).toLocaleString("en")} claims in ${groups.length} group(s)`);
    const open = await documentSeries(access, documentInputs(config, RUNS + WARMUP, 1367), WARMUP);
    const d = report(open);

    const plans = await Promise.all([search, naive, pages, list, compare, open].map(async (x) => `=== ${x.name} ===\n${await explainSlowest(database.url, summary(x).slowest)}\n`));
    await mkdir("bench-results", { recursive: true });
    const plansPath = path.resolve("bench-results/scale-plans.txt");
    await writeFile(plansPath, plans.join("\n"));
    say(`plans of the slowest calls' slowest statements: ${plansPath}`);
    // The ratio is search p95 over the baseline's p95 on the same searches in this run (both rank
    // every match); search_target_ratio is search p95 over the 200 ms target.
    const summaryLine = `bench scale: docs=${load.rows.Document} annotations=${load.rows.Annotation} claims=${load.rows.Claim} load_s=${Math.round(load.loadSeconds)} search_p95_ms=${Math.round(s.p95)} baseline_search_p95_ms=${Math.round(b.p95)} search_target_ratio=${(s.p95 / 200).toFixed(2)} next_page_p95_ms=${Math.round(pg.p95)} list_p95_ms=${Math.round(l.p95)} compare_ms=${Math.round(c.p50)} doc_open_p95_ms=${Math.round(d.p95)} ratio=${(sameP95 / b.p95).toFixed(3)}`;
    lines.push(summaryLine);
    await writeFile("bench-results/scale.txt", `${lines.join("\n")}\n`);
    console.log(`figures: ${path.resolve("bench-results/scale.txt")}`);
    console.log(summaryLine);
  } finally {
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();
    await database.close();
  }
}

await main();
