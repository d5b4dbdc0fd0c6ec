// The system under load: a throwaway embedded PostgreSQL, migrated and seeded with the demo
// project, and the production build served as `npm start` serves it: WEB_CONCURRENCY `next start`
// processes (default one per core) sharing one port.
import type { ChildProcess } from "node:child_process";
import { migrate } from "../../../lib/db/migrate";
import { freePort, startEmbeddedPostgres } from "../../../lib/db/embedded";
import { type OpenDatabase, openDatabase } from "../../../lib/db/open-database";
import { ensureAuthSecret } from "../../lib/auth-secret";
import { appProcessCount, ensureProductionBuild, startAppCluster, waitForHealth } from "../../lib/production-build";
import { STATEMENT_FLAGS } from "./statements";

export interface RunningApp {
  baseUrl: string;
  databaseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * `profileDir`: the app writes a V8 CPU profile there when it stops. `countStatements`: PostgreSQL
 * counts the statements it runs (pg_stat_statements).
 * `postgresFlags`: more server settings (`-c name=value` pairs); `serverLog` receives the server's log output.
 */
export async function startApp(options: {
  port?: number;
  profileDir?: string;
  countStatements?: boolean;
  connections: number;
  postgresFlags?: string[];
  serverLog?: (chunk: string) => void;
  /** A cluster kept in this folder between runs (made on the first) instead of a throwaway one. */
  dataDir?: string;
  log: (line: string) => void;
}): Promise<RunningApp> {
  const { log } = options;
  const processes = appProcessCount(process.env.WEB_CONCURRENCY ? Number(process.env.WEB_CONCURRENCY) : undefined);
  // The default of 100 connections is too few for a floor of more than about 80 annotators, beside
  // what each app process keeps open (Prisma's pool, the hot paths' pool, the job queue, live updates).
  const connections = options.connections + 30 + 30 * processes;
  const flags = ["-c", `max_connections=${Math.max(100, connections)}`, ...(options.countStatements ? STATEMENT_FLAGS : []), ...(options.postgresFlags ?? [])];
  const database = options.dataDir ? await keptDatabase(options.dataDir, flags, options) : await openDatabase({ ephemeral: true, log, postgresFlags: flags, serverLog: options.serverLog });
  let app: ChildProcess | undefined;
  const stop = async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app?.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }
    await database.close();
  };
  try {
    await migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const { seedDemo } = await import("../../../seeds/seed-demo");
    const seeded = await seedDemo();
    log(`demo project seeded: ${seeded.documentsCreated} sources, ${seeded.annotationsCreated} annotations, ${seeded.claimsCreated} claims`);
    const { disconnectDb } = await import("../../../lib/db/client");
    await disconnectDb();
    ensureProductionBuild(log);
    const port = options.port ?? (await freePort());
    const baseUrl = `http://127.0.0.1:${port}`;
    const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
    log(`serving with ${processes} app process(es)`);
    app = startAppCluster({
      port,
      processes,
      nodeFlags: profile,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: ensureAuthSecret(`${database.dataDir}/..`),
        NEXTAUTH_URL: baseUrl,
      },
    });
    process.once("exit", () => app?.kill("SIGTERM"));
    await waitForHealth(`${baseUrl}/api/health`, app);
    return { baseUrl, databaseUrl: database.url, pid: app.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function keptDatabase(dataDir: string, postgresFlags: string[], options: { serverLog?: (chunk: string) => void; log: (line: string) => void }): Promise<OpenDatabase> {
  const server = await startEmbeddedPostgres({ dataDir, postgresFlags, serverLog: options.serverLog, log: options.log });
  return { url: server.url, embedded: true, dataDir, close: () => server.stop() };
}
