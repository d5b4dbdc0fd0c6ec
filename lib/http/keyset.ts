// Keyset pagination on any sort key, for every list of the API: a page is "the next `limit` rows
// after the last key seen", never an offset, so rows added while a client pages through a list
// cannot shift it (no repeats, no gaps), and a deleted row does not spoil the cursor naming it.
// The cursor is the last row's key, tagged by type, as opaque base64url JSON.
import { AppError } from "../errors";

export type KeyPart = string | number | bigint | Date;
type Tagged = ["s", string] | ["n", number] | ["b", string] | ["d", string];

export interface KeyField<Row> {
  /** The Prisma field the rows are ordered by. */
  field: string;
  of(row: Row): KeyPart;
}

function tag(v: KeyPart): Tagged {
  if (v instanceof Date) return ["d", v.toISOString()];
  if (typeof v === "bigint") return ["b", v.toString()];
  if (typeof v === "number") return ["n", v];
  return ["s", v];
}

function untag(t: unknown): KeyPart {
  if (!Array.isArray(t) || t.length !== 2) throw new Error("not a key part");
  const [kind, value] = t as [unknown, unknown];
  if (kind === "s" && typeof value === "string" && value !== "") return value;
  if (kind === "n" && typeof value === "number" && Number.isFinite(value)) return value;
  if (kind === "b" && typeof value === "string" && /^-?\d{1,20}$/.test(value)) return BigInt(value);
  if (kind === "d" && typeof value === "string" && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
  throw new Error("not a key part");
}

export function encodeKey(key: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify({ k: key.map(tag) })).toString("base64url");
}

const badCursor = () =>
  new AppError("invalid_input", "The cursor is not one this list gave out.", { issues: [{ path: ["cursor"], message: "Invalid cursor" }] });

/** The key a cursor names, checked against the kinds of the list's key (a 400 on `cursor` otherwise). */
export function decodeKey(cursor: string | undefined, like: readonly KeyPart[] | number | null): KeyPart[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { k?: unknown };
    if (!Array.isArray(parsed.k)) throw new Error("no key");
    const key = parsed.k.map(untag);
    const arity = like === null ? key.length : typeof like === "number" ? like : like.length;
    if (key.length !== arity || arity === 0) throw new Error("wrong arity");
    if (Array.isArray(like) && key.some((k, i) => tag(k)[0] !== tag(like[i]!)[0])) throw new Error("wrong kinds");
    return key;
  } catch {
    throw badCursor();
  }
}

function compare(a: KeyPart, b: KeyPart): number {
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares two keys part by part (times by instant, strings by UTF-16 code unit). */
export function compareKeys(a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** What a list query adds to its `findMany` for one page: rows after the cursor, in key order, one extra. */
export interface ListWindow {
  where: Record<string, unknown>;
  orderBy: Record<string, "asc">[];
  take: number;
}

export interface Page<U> {
  items: U[];
  nextCursor: string | null;
}

/**
 * A list ordered by `fields` ascending: the Prisma `where` fragment for rows after a cursor, the
 * `orderBy`, and the cut of `limit + 1` fetched rows into a page. The last field must be unique.
 */
export function keyset<Row>(...fields: KeyField<Row>[]) {
  return {
    orderBy: fields.map((f) => ({ [f.field]: "asc" as const })),
    after(cursor: string | undefined): Record<string, unknown> {
      const key = decodeKey(cursor, fields.length);
      if (!key) return {};
      // (a, b, c) > (x, y, z)  ⇔  a > x  ∨  (a = x ∧ b > y)  ∨  (a = x ∧ b = y ∧ c > z)
      return {
        OR: fields.map((f, i) => ({
          ...Object.fromEntries(fields.slice(0, i).map((g, j) => [g.field, key[j]])),
          [f.field]: { gt: key[i] },
        })),
      };
    },
    window(query: { limit: number; cursor?: string | undefined }): ListWindow {
      return { where: this.after(query.cursor), orderBy: this.orderBy, take: query.limit + 1 };
    },
    page<R extends Row, U>(rows: R[], limit: number, map: (row: R) => U): Page<U> {
      const more = rows.length > limit;
      const kept = more ? rows.slice(0, limit) : rows;
      const last = kept.at(-1);
      return { items: kept.map(map), nextCursor: more && last ? encodeKey(fields.map((f) => f.of(last))) : null };
    },
  };
}

/**
 * Pages a list held in memory (a short list, or one that mixes built-in and stored items) by the
 * same rule: sorted by `keyOf`, the items strictly after the cursor's key, `limit` of them.
 */
export function pageInMemory<T, U>(all: readonly T[], query: { limit: number; cursor?: string | undefined }, keyOf: (item: T) => KeyPart[], map: (item: T) => U): Page<U> {
  const keyed = all.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compareKeys(a.key, b.key));
  const after = decodeKey(query.cursor, keyed[0]?.key.length ?? null);
  const rest = after ? keyed.filter((k) => compareKeys(k.key, after) > 0) : keyed;
  const kept = rest.slice(0, query.limit);
  const last = kept.at(-1);
  return { items: kept.map((k) => map(k.item)), nextCursor: rest.length > query.limit && last ? encodeKey(last.key) : null };
}

/** The usual order of a list: creation time, then id (items as stored or as answered, ISO time). */
export const byCreation = keyset<{ createdAt: string | Date; id: string }>(
  { field: "createdAt", of: (r) => new Date(r.createdAt) },
  { field: "id", of: (r) => r.id },
);
