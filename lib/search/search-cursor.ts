// The cursor of a search's pages: the key of the last hit a page showed, as opaque base64url JSON.
// Hits are listed best first: rank descending, then kind (document, annotation, claim, entity),
// then id in each kind's own order; claims found by count alone, lowest count first, then id. The
// next page holds the hits after that key, so no hit repeats and none is skipped.
import * as z from "zod";
import { AppError } from "../errors";
import type { RankKey } from "./ranked-items";
import { SEARCH_KINDS, type SearchKind } from "./schemas";

export type SearchAfter = { by: "rank"; rank: number; kind: SearchKind; id: string } | { by: "count"; count: number | null; id: string };

const ZId = z.string().min(1).max(200);
const ZSearchAfter = z.union([
  z.object({ r: z.number().int().min(0).max(2_147_483_647), k: z.enum(SEARCH_KINDS), i: ZId }).strict(),
  z.object({ c: z.number().int().min(0).max(2_147_483_647).nullable(), i: ZId }).strict(),
]);

export const badSearchCursor = () =>
  new AppError("invalid_input", "The cursor is not one this search gave out.", { issues: [{ path: ["cursor"], message: "Invalid cursor" }] });

export function encodeSearchCursor(after: SearchAfter): string {
  const key = after.by === "rank" ? { r: after.rank, k: after.kind, i: after.id } : { c: after.count, i: after.id };
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The key a cursor names (a 400 on `cursor` for anything this search did not give out). */
export function decodeSearchCursor(cursor: string | undefined): SearchAfter | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = ZSearchAfter.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return "r" in key ? { by: "rank", rank: key.r, kind: key.k, id: key.i } : { by: "count", count: key.c, id: key.i };
  } catch {
    throw badSearchCursor();
  }
}

/**
 * Where one kind's hits resume after a ranked key: a kind listed before the key's kind resumes
 * below its rank, the key's own kind after its id within the rank, a kind listed after it at
 * its rank (ranks are whole numbers, so "below rank + 1").
 */
export function kindAfter(kind: SearchKind, after: SearchAfter | undefined): RankKey | undefined {
  if (!after) return undefined;
  if (after.by !== "rank") throw badSearchCursor();
  const order = SEARCH_KINDS.indexOf(kind) - SEARCH_KINDS.indexOf(after.kind);
  return order < 0 ? { rank: after.rank } : order === 0 ? { rank: after.rank, id: after.id } : { rank: after.rank + 1 };
}
