// Runs the workbench: database (embedded unless DATABASE_URL is set), migrations, demo seed,
// production build when stale, then `next start`. Ctrl-C stops the app and then the database.
//   --dev          next dev instead of the production build
//   --port N       listen on N (default PORT or 3000)
//   --ephemeral    a throwaway database, deleted on exit (used by the browser tests)
// The production app runs as WEB_CONCURRENCY processes (default: one per core) on one port.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { parseEnv } from "../lib/env.js";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seeds/demo-accounts";
import { currentSigningKey } from "../lib/log/signing-key";
import { ensureAuthSecret } from "./lib/auth-secret";
import { appProcessCount, ensureProductionBuild, NEXT_BIN, startAppCluster, waitForHealth } from "./lib/production-build";

const { values: args } = parseArgs({
  options: { dev: { type: "boolean" }, port: { type: "string" }, ephemeral: { type: "boolean" } },
});
const env = parseEnv(process.env);
const port = Number(args.port ?? env.PORT);
const log = (line: string) => console.log(`[workbench] ${line}`);

async function main(): Promise<void> {
  const database = await openDatabase({ ephemeral: args.ephemeral, log });
  log(database.embedded ? `embedded PostgreSQL running (data in ${database.dataDir})` : "using DATABASE_URL");
  let app: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app?.once("exit", r));
    }
    await database.close();
    log(database.embedded ? "stopped the app and the embedded PostgreSQL" : "stopped");
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  process.on("exit", () => app?.kill("SIGTERM"));

  try {
    process.env.DATABASE_URL = database.url;
    process.env.NEXTAUTH_SECRET = ensureAuthSecret(args.ephemeral ? `${database.dataDir}/..` : ".data");
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    // The log's signing key, generated on first start and kept beside the data like the session secret.
    if (args.ephemeral && !process.env.LOG_SIGNING_KEY) process.env.LOG_SIGNING_KEY_FILE = `${database.dataDir}/../log-signing-key.pem`;
    log(`log heads signed by key ${currentSigningKey().keyId}`);
    const migrated = await migrate(database.url, { log });
    log(`database schema current (${migrated.applied.length} migration(s) applied now, ${migrated.alreadyApplied} before)`);
    const { seedDemo } = await import("../seeds/seed-demo");
    const seeded = await seedDemo();
    log(`demo data: ${seeded.usersCreated} account(s), ${seeded.documentsCreated} source(s), ${seeded.claimsCreated} claim(s) added now`);
    const { disconnectDb } = await import("../lib/db/client");
    await disconnectDb();

    if (!args.dev) ensureProductionBuild(log);
    const processes = args.dev ? 1 : appProcessCount(env.WEB_CONCURRENCY);
    app = args.dev
      ? spawn(process.execPath, [NEXT_BIN, "dev", "-p", String(port)], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
      : startAppCluster({ port, processes, env: process.env, stdio: ["ignore", "inherit", "inherit"] });
    if (!args.dev) log(`serving with ${processes} app process(es) on port ${port}`);
    app.once("exit", (code) => {
      if (!stopping) {
        log(`the app exited (${code ?? "signal"})`);
        void stop(code ?? 1);
      }
    });
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, app);
    const demo = DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(9)} ${a.email}`).join("\n");
    console.log(`\n  Provenance workbench is running at http://localhost:${port}\n\n  Demo sign-in (password: ${DEMO_PASSWORD})\n${demo}\n\n  Ctrl-C stops it.\n`);
  } catch (error) {
    console.error(`[workbench] ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

void main();
