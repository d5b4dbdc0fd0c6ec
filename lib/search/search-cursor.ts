// The cursor of a search's pages: for each kind that has more hits than the page showed, the key of
// the last one shown (its rank and id; for claims found by count alone, their lowest count and id),
// as opaque base64url JSON. The next page holds, of each of those kinds only, the hits after it, so
// no hit repeats and none is skipped while the project stays as it was.
import * as z from "zod";
import { AppError } from "../errors";
import { SEARCH_KINDS, type SearchKind } from "./schemas";

/** [rank, id]; for claims found by count alone [lowest count or null, id]. */
export type SearchKey = [number | null, string];
export type SearchCursor = Partial<Record<SearchKind, SearchKey>>;

const ZKey = z.tuple([z.number().int().min(0).max(2_147_483_647).nullable(), z.string().min(1).max(200)]);
const ZSearchCursor = z
  .object(Object.fromEntries(SEARCH_KINDS.map((k) => [k, ZKey.optional()])) as Record<SearchKind, z.ZodOptional<typeof ZKey>>)
  .strict()
  .refine((c) => Object.values(c).some((k) => k !== undefined));

export const badSearchCursor = () =>
  new AppError("invalid_input", "The cursor is not one this search gave out.", { issues: [{ path: ["cursor"], message: "Invalid cursor" }] });

/** The cursor of the next page, or null when no kind has more. */
export function encodeSearchCursor(cursor: SearchCursor): string | null {
  return Object.keys(cursor).length ? Buffer.from(JSON.stringify(cursor)).toString("base64url") : null;
}

/** The keys a cursor names (a 400 on `cursor` for anything this search did not give out). */
export function decodeSearchCursor(cursor: string | undefined): SearchCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    return ZSearchCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))) as SearchCursor;
  } catch {
    throw badSearchCursor();
  }
}

/** A ranked kind's key: its rank must be a number (a count-only cursor does not fit a search by words). */
export function rankKey(key: SearchKey | undefined): { rank: number; id: string } | undefined {
  if (!key) return undefined;
  if (key[0] === null) throw badSearchCursor();
  return { rank: key[0], id: key[1] };
}
