// The query side of full-text search: the words folded exactly as the indexed text was (see the
// search migration's search_fold), read with web-search syntax, in the 'simple' configuration.
import { Prisma } from "../db/generated/client";

export const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('simple'::regconfig, search_fold(${q}))`;

/** `AND <column> IN (...)` when ids are given, nothing otherwise. */
export const inIds = (column: Prisma.Sql, ids: string[] | undefined) => (ids ? Prisma.sql`AND ${column} IN (${Prisma.join(ids)})` : Prisma.empty);
