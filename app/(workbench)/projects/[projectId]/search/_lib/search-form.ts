// The search page's GET form, read back from the URL: the values to show in the form again and the
// query for the search, or the problems with it. Empty fields (a GET form sends them all) mean "any".
import { SEARCH_KINDS, type SearchKind, type TSearchQuery, ZSearchQuery } from "@/lib/search/schemas";
import { decodeSearchCursor } from "@/lib/search/search-cursor";

export interface SearchFormValues {
  q: string;
  kinds: SearchKind[];
  documentId: string;
  type: string;
  status: string;
  entityId: string;
  from: string;
  to: string;
  countMin: string;
  countMax: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const RESULT_LIMIT = 50;

const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(","));

export function readSearchForm(sp: SearchParams): SearchFormValues {
  return {
    q: first(sp.q),
    kinds: SEARCH_KINDS.filter((k) => all(sp.kinds).includes(k)),
    documentId: first(sp.documentId),
    type: first(sp.type),
    status: first(sp.status),
    entityId: first(sp.entityId),
    from: first(sp.from),
    to: first(sp.to),
    countMin: first(sp.countMin).replace(/[,\s]/g, ""),
    countMax: first(sp.countMax).replace(/[,\s]/g, ""),
  };
}

export type SearchRequest = { state: "empty" } | { state: "invalid"; problems: string[] } | { state: "ready"; query: TSearchQuery };

const FIELD_NAMES: Record<string, string> = { cursor: "Page", q: "Search words", countMin: "Count from", countMax: "Count to", from: "Created from", to: "Created to" };

/** The page of results asked for: the `nextCursor` a "more results" link carries (empty: the first). */
export function readSearchCursor(sp: SearchParams): string {
  return first(sp.cursor);
}

/** The URL of the same search at `cursor` (empty: its first page): the form's values as the form sends them, then the cursor. */
export function searchPageHref(projectId: string, values: SearchFormValues, cursor = ""): string {
  const { kinds, ...rest } = values;
  const params = new URLSearchParams(Object.entries(rest).filter(([, v]) => v !== ""));
  for (const k of kinds) params.append("kinds", k);
  if (cursor) params.set("cursor", cursor);
  return `/projects/${encodeURIComponent(projectId)}/search?${params.toString()}`;
}

function cursorFits(cursor: string, query: TSearchQuery): boolean {
  try {
    return decodeSearchCursor(cursor)?.by === (query.q ? "rank" : "count");
  } catch {
    return false;
  }
}

/** Nothing asked yet, a query that cannot run (with what to fix), or the query (at `cursor`, when paging on). */
export function searchRequest(values: SearchFormValues, cursor = ""): SearchRequest {
  if (!values.q && !values.countMin && !values.countMax) return { state: "empty" };
  const { kinds, ...rest } = values;
  const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ""));
  const parsed = ZSearchQuery.safeParse({ ...given, ...(kinds.length ? { kinds: kinds.join(",") } : {}), ...(cursor ? { cursor } : {}), limit: RESULT_LIMIT });
  if (parsed.success) {
    // A cursor of another search (edited by hand, or from a count search kept while words were typed) is a problem to show, not a failure.
    if (cursor && !cursorFits(cursor, parsed.data)) return { state: "invalid", problems: ["Page: the link to more results is not one this search gave out; search again."] };
    return { state: "ready", query: parsed.data };
  }
  const problems = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? "");
    return `${FIELD_NAMES[field] ?? field}: ${i.message}`;
  });
  return { state: "invalid", problems };
}

/** Whether any filter beyond the words is set (claim filters limit results to claims). */
export function claimFiltersSet(values: SearchFormValues): boolean {
  return Boolean(values.type || values.status || values.entityId || values.from || values.to || values.countMin || values.countMax);
}
