// Another empty, migrated database on the test server: a second instance of the workbench for
// tests that move data between instances (backup and restore). Dropped by `dispose`.
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { migrate } from "@/lib/db/migrate";

export interface SecondDatabase {
  url: string;
  dispose(): Promise<void>;
}

export async function createSecondDatabase(baseUrl = process.env.DATABASE_URL ?? ""): Promise<SecondDatabase> {
  const name = `workbench_second_${randomBytes(6).toString("hex")}`;
  const admin = new URL(baseUrl);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await sql.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString(), { dir: path.resolve("prisma/migrations") });
  return {
    url: url.toString(),
    async dispose() {
      const drop = postgres(admin.toString(), { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}
