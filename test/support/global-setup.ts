// Gives the test run a real, empty, migrated PostgreSQL database and hands its URL to the workers.
// With DATABASE_URL set, a uniquely named database is created on that server (the existing one is
// never touched) and dropped afterwards; otherwise a throwaway embedded cluster is started.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    nextauthSecret: string;
  }
}

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const NEXTAUTH_SECRET = "test-secret-0123456789abcdefghijklmnopqrs";

interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

export async function databaseOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `workbench_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async dispose() {
      const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await sql.end();
      }
    },
  };
}

async function embeddedDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "workbench-test-"));
  // Run as root, the cluster belongs to a `postgres` user that must be able to enter this folder.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false }).catch(
    async (error: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    url: server.url,
    async dispose() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await databaseOnServer(serverUrl) : await embeddedDatabase();
  try {
    await migrate(database.url, { dir: MIGRATIONS_DIR });
  } catch (error) {
    await database.dispose();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  project.provide("nextauthSecret", NEXTAUTH_SECRET);
  return () => database.dispose();
}
