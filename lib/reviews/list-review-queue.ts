// The review queue: claims awaiting a decision (submitted or disputed, not deprecated), oldest
// waiting first, with how many distinct reviewers approved the current version, whether the viewer
// is the author (who may not review it) and the latest decision with its note. A page at a time:
// the claims are taken in order of creation (a cursor names the last one seen), then ordered by wait.
import * as z from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { isOwnClaim } from "../access/may-review-claim";
import { claimInclude, claimView, type ClaimView } from "../claims/claim-view";
import { db } from "../db/client";
import { afterCursor, decodeCursor, encodeCursor } from "../http/pagination";

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

const ZStatusChange = z.object({ before: z.object({ status: z.string() }), after: z.object({ status: z.string() }) });
const MAX = 500;

/** A page of the queue: `limit` claims by age of creation after `cursor` (one this function gave out). */
export interface QueuePage {
  limit?: number;
  cursor?: string;
}

async function documentIdsOf(projectId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!doc) return [documentId];
  const versions = await db().document.findMany({ where: { projectId, lineageId: doc.lineageId }, select: { id: true } });
  return versions.map((d) => d.id);
}

export async function listReviewQueue(access: ProjectAccess, query: TReviewQueueQuery, now: Date = new Date(), pageOf: QueuePage = {}) {
  const { projectId } = access;
  const limit = Math.min(pageOf.limit ?? MAX, MAX);
  const after = afterCursor(decodeCursor(pageOf.cursor));
  const documentIds = query.documentId ? await documentIdsOf(projectId, query.documentId) : undefined;
  const [project, rows] = await Promise.all([
    db().project.findUniqueOrThrow({ where: { id: projectId }, select: { requiredApprovals: true } }),
    db().claim.findMany({
      where: {
        projectId,
        status: { in: ["submitted", "disputed"] },
        deprecatedAt: null,
        ...(query.type ? { type: query.type } : {}),
        ...(query.annotatorId ? { createdById: query.annotatorId } : {}),
        ...(documentIds ? { evidence: { some: { documentId: { in: documentIds } } } } : {}),
        ...after,
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      include: claimInclude,
    }),
  ]);
  const ids = rows.map((r) => r.id);
  const [reviews, events] = await Promise.all([
    db().review.findMany({ where: { projectId, claimId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().event.findMany({
      where: { projectId, subjectType: "claim", subjectId: { in: ids }, type: { in: ["claim.submitted", "claim.reviewed"] } },
      orderBy: { seq: "asc" },
      select: { subjectId: true, data: true, createdAt: true },
    }),
  ]);
  const enteredAt = new Map<string, Map<string, Date>>();
  for (const e of events) {
    const change = ZStatusChange.safeParse(e.data);
    if (!change.success || change.data.before.status === change.data.after.status) continue;
    const byStatus = enteredAt.get(e.subjectId) ?? new Map<string, Date>();
    byStatus.set(change.data.after.status, e.createdAt);
    enteredAt.set(e.subjectId, byStatus);
  }
  const minAge = (query.olderThanDays ?? 0) * 86_400_000;
  const items: QueueItem[] = [];
  const shown = rows.slice(0, limit);
  for (const row of shown) {
    const since = enteredAt.get(row.id)?.get(row.status) ?? row.updatedAt;
    if (now.getTime() - since.getTime() < minAge) continue;
    const own = reviews.filter((r) => r.claimId === row.id);
    const approvers = new Set(own.filter((r) => r.claimVersion === row.version && r.decision === "approve").map((r) => r.reviewerId));
    const last = own.at(-1);
    items.push({
      claim: claimView(row),
      own: isOwnClaim(access, row),
      waitingSince: since.toISOString(),
      approvals: { count: approvers.size, byViewer: approvers.has(access.userId) },
      lastReview: last ? { reviewerId: last.reviewerId, decision: last.decision, note: last.note, createdAt: last.createdAt.toISOString() } : null,
    });
  }
  items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.claim.id.localeCompare(b.claim.id));
  const last = shown.at(-1);
  const truncated = rows.length > limit;
  return { requiredApprovals: project.requiredApprovals, items, truncated, nextCursor: truncated && last ? encodeCursor(last) : null };
}
