// npm run soak:fuzz — the hostile-input fuzz of every write route (test/support/fuzz) at length, on
// a throwaway embedded PostgreSQL: 10,000 cases per route by default. Prints per route the cases,
// the answers by status, 5xx answers and refusals that changed the database, and the time taken;
// ends with one summary line. Exits 1 when any route had a failure.
//   --runs N     cases per route (default 10000)
//   --route S    only routes whose "METHOD /path" contains S
//   --skip A,B   not the routes whose "METHOD /path" contains A or B (those an earlier run covered)
//   --seed N     fast-check seed, to replay a run
//   --shard I/N  only every N-th route from the I-th (1-based), to split a run over processes
//   --verbose    keep the server's own log of each 5xx
//   --small      one wrong value per field and 2 random cases per route: proves the soak still runs
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { disconnectDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { BYTE_STREAM_ROUTES, FUZZ_TARGETS } from "../test/support/fuzz/fuzz-targets";
import { createWorld } from "../test/support/fuzz/fuzz-world";
import { fuzzRoute, type RouteStats } from "../test/support/fuzz/fuzz-route";
import { discoverWriteRoutes } from "../test/support/fuzz/write-routes";
import { sized } from "./lib/bench-size";

const { values } = parseArgs({ options: { small: { type: "boolean" }, runs: { type: "string", default: sized("10000", "2") }, route: { type: "string" }, skip: { type: "string" }, seed: { type: "string" }, shard: { type: "string", default: "1/1" }, verbose: { type: "boolean", default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number");
const [shard, shards] = (values.shard ?? "1/1").split("/").map(Number) as [number, number];
if (!(shards >= 1 && shard >= 1 && shard <= shards)) throw new Error("--shard must be I/N with 1 <= I <= N");

const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

function line(s: RouteStats): string {
  const rejected = Object.entries(s.byStatus)
    .filter(([status]) => Number(status) >= 400 && Number(status) < 500)
    .map(([status, n]) => `${status}:${n}`)
    .join(" ");
  return `${s.key}: cases=${s.cases} 2xx=${s.accepted} 4xx={${rejected}} 5xx=${s.serverErrors} changed_on_reject=${s.changedOnReject} other_failures=${s.otherFailures} elapsed=${(s.elapsedMs / 1000).toFixed(1)}s`;
}

async function main(): Promise<number> {
  const database = await openDatabase({ ephemeral: true, postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off"] });
  try {
    await migrate(database.url, { dir: MIGRATIONS_DIR });
    process.env.DATABASE_URL = database.url;
    process.env.NEXTAUTH_SECRET ??= "soak-fuzz-secret-0123456789abcdefghij";
    process.env.SIGNUP_OPEN = "true";
    process.env.PASSWORD_HASH_COST = "4";
    if (!values.verbose) {
      // 5xx answers are counted and sampled below; the server's own log of each would drown them.
      console.error = () => {};
      console.warn = () => {};
    }
    const skip = values.skip?.split(",").filter(Boolean) ?? [];
    const discovered = await discoverWriteRoutes();
    for (const r of discovered.filter((d) => d.key in BYTE_STREAM_ROUTES)) {
      console.log(`${r.key}: a byte stream, fuzzed by ${BYTE_STREAM_ROUTES[r.key]} (FUZZ_RUNS=10000 npx vitest run ${BYTE_STREAM_ROUTES[r.key]})`);
    }
    const routes = discovered
      .filter((r) => !(r.key in BYTE_STREAM_ROUTES))
      .filter((r) => (!values.route || r.key.includes(values.route)) && !skip.some((s) => r.key.includes(s)))
      .filter((_r, i) => i % shards === shard - 1);
    const missing = routes.filter((r) => !FUZZ_TARGETS[r.key]).map((r) => r.key);
    if (missing.length > 0) throw new Error(`write routes without a fuzz target: ${missing.join(", ")}`);
    const world = await createWorld();
    const all: RouteStats[] = [];
    for (const route of routes) {
      const stats = await fuzzRoute(route, FUZZ_TARGETS[route.key]!, world, { runs, mode: "count", sweep: sized("all", "one"), ...(values.seed ? { seed: Number(values.seed) } : {}) });
      all.push(stats);
      console.log(line(stats));
      for (const sample of stats.samples) console.log(`  ! ${sample}`);
    }
    const sum = (f: (s: RouteStats) => number) => all.reduce((n, s) => n + f(s), 0);
    const failures = sum((s) => s.serverErrors + s.changedOnReject + s.otherFailures);
    console.log(`soak fuzz: routes=${all.length} cases=${sum((s) => s.cases)} server_errors=${sum((s) => s.serverErrors)} changed_on_reject=${sum((s) => s.changedOnReject)} other_failures=${sum((s) => s.otherFailures)}`);
    return failures === 0 ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.close();
  }
}

process.exitCode = await main();
