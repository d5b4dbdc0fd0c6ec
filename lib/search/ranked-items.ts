// Every item of one kind that has a query's words, best first, read from the search postings alone
// (never the items' text): its rank is how often the query's words occur in it, summed over the
// words, ties broken by id. One word reads its postings already in that order from the index, so a
// page costs what the page holds; several words add up their postings (only theirs) and sort the
// sums; a phrase reads only its pairs of adjacent words, which carry both words' counts, so common
// words cost what the phrase's matches hold, not what the words' do. The caller joins each item to
// its own row, which decides whether it matches and may be seen, and stops at a page: nothing that
// matches is left unranked, however common the words.
import { Prisma } from "../db/generated/client";
import type { QueryWords } from "./query-words";

export type PostingKind = "d" | "a" | "c" | "e";

/** Where a later page resumes: the items ranked below `rank`, and those ranked `rank` whose id is after `id` (if given). */
export interface RankKey {
  rank: number;
  id?: string;
}

/** Items after `after` in (rank descending, id) order, as a condition on a subquery's rank and id. */
const afterKey = (rank: Prisma.Sql, id: Prisma.Sql, after: RankKey | undefined) =>
  !after
    ? Prisma.empty
    : after.id === undefined
      ? Prisma.sql`AND ${rank} < ${after.rank}`
      : Prisma.sql`AND (${rank} < ${after.rank} OR (${rank} = ${after.rank} AND ${id} > ${after.id}))`;

/**
 * How much of each pair's counts a phrase's rank takes: each word counted once, from the first
 * pair that holds it (a word repeated in a phrase still counts once, as in a query of words).
 */
function pairImpacts(pairs: [string, string][]): Prisma.Sql[] {
  const counted = new Set<string>();
  return pairs.map(([term, next]) => {
    const parts = [
      ...(counted.has(term) ? [] : [`p."termImpact"`]),
      ...(counted.has(next) || next === term ? [] : [`p."nextImpact"`]),
    ];
    counted.add(term).add(next);
    return Prisma.raw(parts.length ? parts.join(" + ") : "0");
  });
}

/**
 * A phrase of two words: its pair's items in the order of the pair's rank index (the bare sum of
 * the two counts, exactly as indexed, so the planner walks the index and stops at the page).
 */
function rankedByOnePair(projectId: string, kind: PostingKind, [term, next]: [string, string], after: RankKey | undefined): Prisma.Sql {
  const pair = Prisma.sql`SELECT p."itemId" AS id, (p."termImpact" + p."nextImpact") AS rank FROM "SearchPair" p WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term = ${term} AND p.next = ${next}`;
  const order = Prisma.sql`ORDER BY (p."termImpact" + p."nextImpact") DESC, p."itemId"`;
  if (!after) return Prisma.sql`(${pair} ${order})`;
  if (after.id === undefined) return Prisma.sql`(${pair} AND (p."termImpact" + p."nextImpact") < ${after.rank} ${order})`;
  return Prisma.sql`(
      (${pair} AND (p."termImpact" + p."nextImpact") = ${after.rank} AND p."itemId" > ${after.id} ${order})
      UNION ALL
      (${pair} AND (p."termImpact" + p."nextImpact") < ${after.rank} ${order}))`;
}

/** A phrase's candidates: the items holding every pair (and every word outside the pairs), ranked from the pairs' own counts. */
function rankedByPairs(projectId: string, kind: PostingKind, words: string[], pairs: [string, string][], after: RankKey | undefined): Prisma.Sql {
  const paired = new Set(pairs.flat());
  const lone = words.filter((w) => !paired.has(w));
  if (pairs.length === 1 && lone.length === 0) return rankedByOnePair(projectId, kind, pairs[0]!, after);
  const impacts = pairImpacts(pairs);
  const rows = [
    ...pairs.map(([term, next], i) => Prisma.sql`
      SELECT p."itemId" AS id, (${impacts[i]!})::int AS impact FROM "SearchPair" p
      WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term = ${term} AND p.next = ${next}`),
    ...(lone.length
      ? [Prisma.sql`
      SELECT p."itemId" AS id, p.impact::int AS impact FROM "SearchPosting" p
      WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term IN (${Prisma.join(lone)})`]
      : []),
  ];
  if (rows.length === 1) {
    return Prisma.sql`(SELECT x.id, x.impact AS rank FROM (${rows[0]!}) x WHERE true ${afterKey(Prisma.sql`x.impact`, Prisma.sql`x.id`, after)} ORDER BY rank DESC, x.id)`;
  }
  return Prisma.sql`(
    SELECT x.id, sum(x.impact)::int AS rank FROM (${Prisma.join(rows, " UNION ALL ")}) x
    GROUP BY x.id HAVING count(*) = ${pairs.length + lone.length} ${afterKey(Prisma.sql`sum(x.impact)::int`, Prisma.sql`x.id`, after)}
    ORDER BY rank DESC, x.id)`;
}

/**
 * A subquery of (id, rank), best first, to join with the items' rows and cut at a page. One word's
 * rank is the bare column (no cast), so ordering by it is the index's own order and the planner
 * walks the index lazily instead of sorting every posting; a later page starts at its key in the
 * index (the rest of its rank's ties, then every lower rank).
 */
export function rankedItems(projectId: string, kind: PostingKind, { words, allRequired, pairs }: QueryWords, after?: RankKey): Prisma.Sql {
  if (allRequired && pairs.length > 0) return rankedByPairs(projectId, kind, words, pairs, after);
  if (words.length === 1) {
    const posting = Prisma.sql`SELECT p."itemId" AS id, p.impact AS rank FROM "SearchPosting" p WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term = ${words[0]}`;
    if (!after) return Prisma.sql`(${posting} ORDER BY p.impact DESC, p."itemId")`;
    if (after.id === undefined) return Prisma.sql`(${posting} AND p.impact < ${after.rank} ORDER BY p.impact DESC, p."itemId")`;
    return Prisma.sql`(
      (${posting} AND p.impact = ${after.rank} AND p."itemId" > ${after.id} ORDER BY p.impact DESC, p."itemId")
      UNION ALL
      (${posting} AND p.impact < ${after.rank} ORDER BY p.impact DESC, p."itemId"))`;
  }
  return Prisma.sql`(
    SELECT p."itemId" AS id, sum(p.impact)::int AS rank FROM "SearchPosting" p
    WHERE p."projectId" = ${projectId} AND p.kind = ${kind} AND p.term IN (${Prisma.join(words)})
    GROUP BY p."itemId" HAVING ${allRequired ? Prisma.sql`count(*) = ${words.length}` : Prisma.sql`true`} ${afterKey(Prisma.sql`sum(p.impact)::int`, Prisma.sql`p."itemId"`, after)}
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
