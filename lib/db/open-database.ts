// The database a process should use: DATABASE_URL when set (nothing is started), otherwise the
// embedded server in PGDATA_DIR, or a throwaway one in a temporary folder.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "../env.js";
import { startEmbeddedPostgres } from "./embedded";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  dataDir?: string;
  close(): Promise<void>;
}

export async function openDatabase(
  options: { ephemeral?: boolean; log?: (line: string) => void; postgresFlags?: string[]; serverLog?: (chunk: string) => void } = {},
): Promise<OpenDatabase> {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL && !options.ephemeral) {
    return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const dataDir = options.ephemeral ? path.join(await temporaryFolder(), "data") : path.resolve(env.PGDATA_DIR);
  const server = await startEmbeddedPostgres({ dataDir, port: options.ephemeral ? undefined : 54329, log: options.log, postgresFlags: options.postgresFlags, serverLog: options.serverLog });
  let closed = false;
  return {
    url: server.url,
    embedded: true,
    dataDir,
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      if (options.ephemeral) await rm(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

/** mkdtemp makes a 0700 folder; run as root, the cluster's `postgres` user must be able to enter it. */
async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "workbench-pg-"));
  await chmod(dir, 0o755);
  return dir;
}
