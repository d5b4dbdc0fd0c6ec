// The Prisma client, through the pg driver adapter. One per process; created on first use so
// that scripts and tests can point DATABASE_URL at their own server first.
import { PrismaPg } from "@prisma/adapter-pg";
import { withAfterCommit } from "./after-commit";
import { PrismaClient } from "./generated/client";
import { closeSql } from "./sql";
import { requireDatabaseUrl } from "./url";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: 10 });
    // Prisma's defaults (2 s to get a connection, 5 s per interactive transaction) turn a request
    // that waited behind a busy CPU into a 500 and a rolled-back change; a slow answer is better than
    // a lost one. Long jobs still set their own, larger limits.
    const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: 20_000 } });
    // Interactive transactions run their after-commit work (lib/db/after-commit.ts) once they commit.
    const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(client, "$transaction", {
      value: (...args: unknown[]) => (typeof args[0] === "function" ? withAfterCommit(() => transaction(...args)) : transaction(...args)),
    });
    globalForPrisma.prisma = client;
  }
  return globalForPrisma.prisma;
}

/** Closes this process's connections (Prisma's and the hot paths' `postgres` pool, lib/db/sql.ts). */
export async function disconnectDb(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
  await closeSql();
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
