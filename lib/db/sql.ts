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
