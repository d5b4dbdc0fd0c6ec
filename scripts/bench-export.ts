// npm run bench:export — 1,000,000 approved claims loaded by COPY into a throwaway embedded
// PostgreSQL, then our CSV export against PostgreSQL's own COPY of the same query (the floor),
// each in a fresh process sampling its RSS every 50 ms, alternating twice; the best run of each
// counts. The worker is bundled with esbuild and run by plain node, as built code runs in
// production (tsx alone adds ~35 MB to a process). BENCH_CLAIMS changes the size. Ends with one
// summary line.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { loadClaims, PROJECT_ID } from "./bench/export/load-claims";
import { sized } from "./lib/bench-size";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? sized(1_000_000, 2_000));
const RUNS = Number(process.env.BENCH_RUNS ?? sized(2, 1));
const run = promisify(execFile);

interface Measure {
  mode: string;
  seconds: number;
  bytes: number;
  lines: number;
  peakRssMb: number;
}

const WORKER = path.resolve(".data/bench-export/worker.mjs");

async function measure(mode: "ours" | "copy", url: string): Promise<Measure> {
  const { stdout } = await run(process.execPath, [WORKER, mode, PROJECT_ID], {
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 1 << 20,
  });
  const m = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Measure;
  const rows = m.lines - 1;
  console.log(`  ${mode.padEnd(4)}: ${rows} rows, ${(m.bytes / 1e6).toFixed(0)} MB in ${m.seconds.toFixed(2)} s = ${Math.round(rows / m.seconds)} rows/s, peak RSS ${m.peakRssMb} MB`);
  if (rows !== CLAIMS) throw new Error(`${mode} streamed ${rows} rows, expected ${CLAIMS}`);
  return m;
}

await build({ entryPoints: ["scripts/bench/export/worker.ts"], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile: WORKER, logLevel: "warning" });
const database = await openDatabase({ ephemeral: true });
try {
  await migrate(database.url);
  const t0 = performance.now();
  console.log(`loading ${CLAIMS} approved claims (with documents, annotations, evidence, reviews) by COPY`);
  await loadClaims(database.url, CLAIMS, console.log);
  console.log(`  loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ours: Measure[] = [];
  const copy: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    copy.push(await measure("copy", database.url));
    ours.push(await measure("ours", database.url));
  }
  const best = (ms: Measure[]) => Math.min(...ms.map((m) => m.seconds));
  const oursRate = Math.round(CLAIMS / best(ours));
  const copyRate = Math.round(CLAIMS / best(copy));
  const peak = Math.max(...ours.map((m) => m.peakRssMb));
  console.log(`bench export: rows=${CLAIMS} rows_per_s=${oursRate} copy_rows_per_s=${copyRate} peak_rss_mb=${peak} ratio=${(oursRate / copyRate).toFixed(2)}`);
} finally {
  await database.close();
}
