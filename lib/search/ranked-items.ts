// Every item of one kind that has a query's words, best first, read from the search postings alone
// (never the items' text): its rank is how often the query's words occur in it, summed over the
// words, ties broken by id. One word reads its postings already in that order from the index, so a
// page costs what the page holds; several words add up their postings (only theirs) and sort the
// sums. The caller joins each item to its own row, which decides whether it matches and may be
// seen, and stops at a page: nothing that matches is left unranked, however common the words.
import { Prisma } from "../db/generated/client";
import type { QueryWords } from "./query-words";

export type PostingKind = "d" | "a" | "c" | "e";

/**
 * A subquery of (id, rank), best first, to join with the items' rows and cut at a page. One word's
 * rank is the bare column (no cast), so ordering by it is the index's own order and the planner
 * walks the index lazily instead of sorting every posting.
 */
export function rankedItems(projectId: string, kind: PostingKind, { words, allRequired }: QueryWords): Prisma.Sql {
  if (words.length === 1) {
    return Prisma.sql`(
      SELECT p."itemId" AS id, p.impact AS rank FROM "SearchPosting" p
      WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term = ${words[0]}
      ORDER BY p.impact DESC, p."itemId")`;
  }
  return Prisma.sql`(
    SELECT p."itemId" AS id, sum(p.impact)::int AS rank FROM "SearchPosting" p
    WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term IN (${Prisma.join(words)})
    GROUP BY p."itemId" ${allRequired ? Prisma.sql`HAVING count(*) = ${words.length}` : Prisma.empty}
    ORDER BY rank DESC, p."itemId")`;
}

/**
 * The items' own rows as the walk meets them: the caller's check of one item, made a subquery
 * the planner cannot pull up into a join (it ends in LIMIT 1), so it is looked up by id for each
 * ranked item in turn and the walk stops at the page's end. As a plain join the planner would
 * rather read every match of the words through the full-text index and hash them: the cost of
 * reading every match's text, which the postings exist to avoid.
 */
export const eachItem = (check: Prisma.Sql) => Prisma.sql`CROSS JOIN LATERAL (${check} LIMIT 1)`;
