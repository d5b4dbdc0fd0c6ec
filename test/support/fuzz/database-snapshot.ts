// What the whole database holds, cheaply: the row count of every table and the event log's length
// and newest hash. Equal snapshots around a rejected request show it wrote nothing. Meant for a
// database this process alone writes to (the fuzz runs give it one of its own).
import { db } from "@/lib/db/client";

export interface DatabaseSnapshot {
  counts: Record<string, number>;
  events: number;
  headHash: string | null;
}

let countQuery: string | undefined;

async function buildCountQuery(): Promise<string> {
  const tables = await db().$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const pairs = tables.map(({ name }) => `'${name}', (SELECT count(*) FROM "${name}")`);
  return `SELECT json_build_object(${pairs.join(", ")})::text AS counts,
    (SELECT count(*) FROM "Event")::int AS events,
    (SELECT hash FROM "Event" ORDER BY id DESC LIMIT 1) AS "headHash"`;
}

export async function databaseSnapshot(): Promise<DatabaseSnapshot> {
  countQuery ??= await buildCountQuery();
  const [row] = await db().$queryRawUnsafe<{ counts: string; events: number; headHash: string | null }[]>(countQuery);
  if (!row) throw new Error("the snapshot query returned no row");
  return { counts: JSON.parse(row.counts) as Record<string, number>, events: row.events, headHash: row.headHash };
}

/** What differs between two snapshots, ignoring the tables named (empty when nothing does). */
export function snapshotChanges(before: DatabaseSnapshot, after: DatabaseSnapshot, ignore: readonly string[] = []): string[] {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before.counts), ...Object.keys(after.counts)])) {
    if (ignore.includes(table)) continue;
    if (before.counts[table] !== after.counts[table]) changes.push(`${table}: ${before.counts[table]} → ${after.counts[table]} rows`);
  }
  if (before.events !== after.events) changes.push(`event log: ${before.events} → ${after.events} events`);
  if (before.headHash !== after.headHash) changes.push(`event log head: ${before.headHash} → ${after.headHash}`);
  return changes;
}
