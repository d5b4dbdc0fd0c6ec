// Follows a list's `nextCursor` to the end with the general convention only (`?limit=` and
// `?cursor=`), as a script author's loop would, with a ceiling so a cursor that leads back to the
// start is reported instead of looping forever; `between` runs after each page (to add items).
type Json = Record<string, unknown>;

export interface Walk {
  items: Json[];
  pages: number;
  /** Why the walk failed, if it did. */
  problem: string | null;
}

export type FetchPage = (url: string) => Promise<{ status: number; text: string }>;

export function withQuery(url: string, set: Record<string, string>): string {
  const u = new URL(url, "http://localhost:3000");
  for (const [k, v] of Object.entries(set)) u.searchParams.set(k, v);
  return `${u.pathname}${u.search}`;
}

export async function walkList(fetchPage: FetchPage, url: string, options: { limit: number; maxPages: number; between?: () => Promise<void> }): Promise<Walk> {
  const items: Json[] = [];
  let cursor: string | null = null;
  for (let pages = 1; pages <= options.maxPages; pages++) {
    const res = await fetchPage(withQuery(url, { limit: String(options.limit), ...(cursor === null ? {} : { cursor }) }));
    if (res.status !== 200) return { items, pages, problem: `page ${pages} answered ${res.status}: ${res.text.slice(0, 300)}` };
    const body = JSON.parse(res.text) as { items: Json[]; nextCursor: string | null };
    if (body.items.length > options.limit) return { items, pages, problem: `page ${pages} holds ${body.items.length} items, over limit=${options.limit}` };
    items.push(...body.items);
    if (body.nextCursor === null) return { items, pages, problem: null };
    if (body.items.length === 0) return { items, pages, problem: `page ${pages} is empty but gives a nextCursor` };
    cursor = body.nextCursor;
    await options.between?.();
  }
  return { items, pages: options.maxPages, problem: `still not at the end after ${options.maxPages} pages: nextCursor does not move on` };
}

/** What tells two items of a list apart: `id`, else `userId` (members), else the whole item. */
export function identity(item: Json): string {
  if (typeof item.id === "string") return item.id;
  if (typeof item.userId === "string") return `user:${item.userId}`;
  return JSON.stringify(item);
}

/**
 * Checks a walk against the list as it was before it: every item seen exactly once (no repeats),
 * none of the earlier ones missing (no gaps), in the same order. Items added meanwhile may appear.
 */
export function walkProblems(before: Json[], walk: Json[]): string[] {
  const problems: string[] = [];
  const seen = walk.map(identity);
  const repeated = seen.filter((id, i) => seen.indexOf(id) !== i);
  if (repeated.length) problems.push(`repeats ${[...new Set(repeated)].join(", ")}`);
  const positions = before.map((item) => seen.indexOf(identity(item)));
  const missing = before.filter((_, i) => positions[i] === -1).map(identity);
  if (missing.length) problems.push(`misses ${missing.join(", ")}`);
  const found = positions.filter((p) => p !== -1);
  if (found.some((p, i) => i > 0 && p < found[i - 1]!)) problems.push("visits the items in another order than one page holding them all");
  return problems;
}
