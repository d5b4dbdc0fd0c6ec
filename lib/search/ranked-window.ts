// Ranking at scale. Postgres ranks a match by reading its whole search vector, which for a source
// is several kilobytes stored out of line (TOAST): ranking every source that contains a common
// word ("prison" is in most of them) costs seconds. So a search ranks at most RANK_WINDOW matches
// of each kind (the first the index yields) and says when there were more, and the page asks for
// more words. The planner does not know what reading a vector costs either, and would rather test
// every row of the table than ask the full-text index; within the search's own transaction it is
// told to use the index (bitmap scans), so the work stays bounded by the window.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** How many matches of one kind are ranked at most. */
export const RANK_WINDOW = 500;

export async function withIndexScans<T>(query: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db().$transaction([
    db().$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
    db().$queryRaw<T[]>(query),
  ]);
  return rows;
}
