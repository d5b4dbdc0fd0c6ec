// The `postgres` client for the hot request paths (authenticating a caller, listing and creating
// annotations): one statement there does what several ORM queries and their row mapping did. One
// pool per process, created on first use like the Prisma client, small and closing idle connections,
// since every app process also holds Prisma's pool and the job queue's.
import postgres from "postgres";
import { requireDatabaseUrl } from "./url";

const holder = globalThis as unknown as { hotSql?: postgres.Sql };

export function sql(): postgres.Sql {
  holder.hotSql ??= postgres(requireDatabaseUrl(), {
    max: 6,
    idle_timeout: 30,
    onnotice: () => {},
    // Statements are prepared once per connection and reused: the hot paths send the same few.
    prepare: true,
  });
  return holder.hotSql;
}

export async function closeSql(): Promise<void> {
  const open = holder.hotSql;
  holder.hotSql = undefined;
  await open?.end({ timeout: 5 });
}

/**
 * The query planned at each call instead of prepared once per connection. A prepared statement's
 * generic plan is made from the statistics its tables had when the connection first ran it: for a
 * table that grows fast (a document's anchors while a team marks spans) a plan made on a nearly empty
 * table (read every row, then sort) stays in use until the next ANALYZE, 39 ms instead of 1.2 ms for
 * a page at 20,000 anchors. An unnamed statement is planned for the table's size at that moment.
 */
export function plannedEachTime<T extends readonly postgres.MaybeRow[]>(query: postgres.PendingQuery<T>): postgres.PendingQuery<T> {
  // `postgres` reads this per-query option when it sends the query (a tagged query has no setter).
  (query as unknown as { options: { prepare?: boolean } }).options.prepare = false;
  return query;
}
