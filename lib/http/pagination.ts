// Keyset pagination shared by every list: `?limit=` (default 50, max 500) and an opaque `?cursor=`
// naming the last row seen (its creation time and id). Lists on other keys use ./keyset.ts.
import * as z from "zod";
import { AppError } from "../errors";

export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).max(200).optional(),
});
export type TListQuery = z.infer<typeof ZListQuery>;

const ZCursor = z.object({ t: z.iso.datetime(), id: z.string().min(1) });
export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), id: row.id })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = ZCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { createdAt: new Date(parsed.t), id: parsed.id };
  } catch {
    throw new AppError("invalid_input", "The cursor is not one this API gave out.", {
      issues: [{ path: ["cursor"], message: "Invalid cursor" }],
    });
  }
}

/** Prisma `where` fragment for rows strictly after the cursor in (createdAt, id) order. */
export function afterCursor(cursor: Cursor | undefined) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  };
}

/** Cuts the extra row fetched to learn whether another page exists. */
export function page<T extends { createdAt: Date; id: string }, U>(rows: T[], limit: number, map: (row: T) => U) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: more && last ? encodeCursor(last) : null };
}
