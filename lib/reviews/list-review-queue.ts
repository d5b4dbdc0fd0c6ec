// The review queue: claims awaiting a decision (submitted or disputed, not deprecated), oldest
// waiting first, with how many distinct reviewers approved the current version, whether the viewer
// is the author (who may not review it) and the latest decision with its note. A page at a time:
// the claims are taken in order of creation (a cursor names the last one seen), then ordered by wait.
import * as z from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { isOwnClaim } from "../access/may-review-claim";
import { CLAIM_ROW_COLUMNS, citesDocumentSql, type ClaimRow, claimRowView } from "../claims/claim-row-sql";
import type { ClaimView } from "../claims/claim-view";
import { sql } from "../db/sql";
import { decodeCursor, encodeCursor } from "../http/pagination";

export const QUEUE_AGES = [1, 7, 30] as const;

export const ZReviewQueueQuery = z.object({
  type: z.string().min(1).max(64).optional(),
  documentId: z.string().min(1).max(64).optional(),
  annotatorId: z.string().min(1).max(64).optional(),
  /** Only claims waiting at least this many days. */
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type TReviewQueueQuery = z.infer<typeof ZReviewQueueQuery>;

export interface QueueItem {
  claim: ClaimView;
  own: boolean;
  /** When the claim entered its current status (submitted or disputed). */
  waitingSince: string;
  approvals: { count: number; byViewer: boolean };
  lastReview: { reviewerId: string; decision: string; note: string | null; createdAt: string } | null;
}

const MAX = 500;

/** A page of the queue: `limit` claims by age of creation after `cursor` (one this function gave out). */
export interface QueuePage {
  limit?: number;
  cursor?: string;
}

type QueueRow = ClaimRow & {
  requiredApprovals: number;
  /** When the claim entered its current status, from its last status-changing event; null before any. */
  enteredAt: Date | null;
  /** Its reviews, oldest first: [reviewer, decision, note, claim version, created at (ISO)]. */
  reviews: [string, string, string | null, number, string][];
};

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

export async function listReviewQueue(access: ProjectAccess, query: TReviewQueueQuery, now: Date = new Date(), pageOf: QueuePage = {}) {
  const { projectId } = access;
  const limit = Math.min(pageOf.limit ?? MAX, MAX);
  const cursor = decodeCursor(pageOf.cursor);
  const s = sql();
  // One statement: the page of claims (each with its evidence), its reviews, the moment each claim
  // entered its current status (its last submitted/reviewed event that changed the status to it)
  // and the project's approval rule; it was five ORM queries in three round trips.
  const rows = await s<QueueRow[]>`
    WITH page AS (
      SELECT ${s.unsafe(CLAIM_ROW_COLUMNS)}
      FROM "Claim" c
      WHERE c."projectId" = ${projectId} AND c."status" IN ('submitted', 'disputed') AND c."deprecatedAt" IS NULL
        ${query.type ? s`AND c."type" = ${query.type}` : s``}
        ${query.annotatorId ? s`AND c."createdById" = ${query.annotatorId}` : s``}
        ${query.documentId ? citesDocumentSql(s, projectId, query.documentId) : s``}
        ${cursor ? s`AND (c."createdAt", c."id") > (${cursor.createdAt}::timestamptz, ${cursor.id}::text)` : s``}
      ORDER BY c."createdAt", c."id"
      LIMIT ${limit + 1}::int
    )
    SELECT p.*,
      (SELECT "requiredApprovals" FROM "Project" WHERE "id" = ${projectId}) AS "requiredApprovals",
      (SELECT ev."createdAt" FROM "Event" ev
        WHERE ev."projectId" = ${projectId} AND ev."subjectType" = 'claim' AND ev."subjectId" = p."id" AND ev."type" IN ('claim.submitted', 'claim.reviewed')
          AND jsonb_typeof(ev."data"->'before'->'status') = 'string' AND jsonb_typeof(ev."data"->'after'->'status') = 'string'
          AND ev."data"->'before'->>'status' <> ev."data"->'after'->>'status' AND ev."data"->'after'->>'status' = p."status"
        ORDER BY ev."seq" DESC LIMIT 1) AS "enteredAt",
      coalesce((SELECT json_agg(json_build_array(r."reviewerId", r."decision", r."note", r."claimVersion", to_char(r."createdAt" AT TIME ZONE 'UTC', ${s.unsafe(ISO)}))
          ORDER BY r."createdAt", r."id")
        FROM "Review" r WHERE r."projectId" = ${projectId} AND r."claimId" = p."id"), '[]'::json) AS "reviews"
    FROM page p
    ORDER BY p."createdAt", p."id"`;
  const requiredApprovals = rows[0]?.requiredApprovals ?? (await s<{ n: number }[]>`SELECT "requiredApprovals" AS n FROM "Project" WHERE "id" = ${projectId}`)[0]?.n ?? 1;
  const minAge = (query.olderThanDays ?? 0) * 86_400_000;
  const items: QueueItem[] = [];
  const shown = rows.slice(0, limit);
  for (const { requiredApprovals: _, enteredAt, reviews, ...row } of shown) {
    const since = enteredAt ?? row.updatedAt;
    if (now.getTime() - since.getTime() < minAge) continue;
    const approvers = new Set(reviews.filter(([, decision, , version]) => version === row.version && decision === "approve").map(([reviewer]) => reviewer));
    const last = reviews.at(-1);
    items.push({
      claim: claimRowView(row),
      own: isOwnClaim(access, row),
      waitingSince: since.toISOString(),
      approvals: { count: approvers.size, byViewer: approvers.has(access.userId) },
      lastReview: last ? { reviewerId: last[0], decision: last[1], note: last[2], createdAt: last[4] } : null,
    });
  }
  items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.claim.id.localeCompare(b.claim.id));
  const last = shown.at(-1);
  const truncated = rows.length > limit;
  return { requiredApprovals, items, truncated, nextCursor: truncated && last ? encodeCursor(last) : null };
}
