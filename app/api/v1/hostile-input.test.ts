// Hostile input on every write route of the API (test/support/fuzz): malformed, oversized, deeply
// nested, wrong-typed and Unicode-tricky requests never get a 5xx, and a refused one changes
// nothing. A modest number of cases per route here; `npm run soak:fuzz` runs thousands.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { BYTE_STREAM_ROUTES, FUZZ_TARGETS } from "@/test/support/fuzz/fuzz-targets";
import { createWorld, type FuzzWorld } from "@/test/support/fuzz/fuzz-world";
import { fuzzRoute } from "@/test/support/fuzz/fuzz-route";
import { discoverWriteRoutes, type WriteRoute } from "@/test/support/fuzz/write-routes";
import { databaseOnServer } from "@/test/support/global-setup";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations", import.meta.url));

let routes: WriteRoute[];
let world: FuzzWorld;
let dispose: () => Promise<void>;

// Row counts of every table are compared, so this file gets a database no other test writes to.
beforeAll(async () => {
  const database = await databaseOnServer(inject("databaseUrl"));
  dispose = database.dispose;
  await migrate(database.url, { dir: MIGRATIONS_DIR });
  await disconnectDb();
  process.env.DATABASE_URL = database.url;
  routes = await discoverWriteRoutes();
  world = await createWorld();
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await dispose?.();
});

describe("hostile input on every write route", () => {
  it("has a fuzz target for every write route, and none for a route that is gone", () => {
    expect(routes.filter((r) => !r.contract).map((r) => r.key)).toEqual([]);
    expect(routes.map((r) => r.key).filter((k) => !(k in FUZZ_TARGETS) && !(k in BYTE_STREAM_ROUTES))).toEqual([]);
    for (const test of Object.values(BYTE_STREAM_ROUTES)) expect(existsSync(fileURLToPath(new URL(`../../../${test}`, import.meta.url))), test).toBe(true);
    expect(Object.keys(FUZZ_TARGETS).filter((k) => !routes.some((r) => r.key === k))).toEqual([]);
  });

  for (const [key, target] of Object.entries(FUZZ_TARGETS)) {
    it(`${key}: no 5xx, nothing changed on refusal, accepted data reads back`, async () => {
      const route = routes.find((r) => r.key === key);
      expect(route, `no route answers ${key}`).toBeDefined();
      const stats = await fuzzRoute(route!, target, world, { runs: RUNS, mode: "assert", sweep: "one", ...(SEED === undefined ? {} : { seed: SEED }) });
      expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
      expect(stats.serverErrors + stats.changedOnReject + stats.otherFailures).toBe(0);
    }, 120_000);
  }
});
