import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";

export async function listReviews(access: ProjectAccess, claimId: string, window?: ListWindow) {
  const rows = await db().review.findMany({
    where: { projectId: access.projectId, claimId, ...window?.where },
    orderBy: window?.orderBy ?? [{ createdAt: "asc" }, { id: "asc" }],
    take: window?.take,
  });
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claimId,
    claimVersion: r.claimVersion,
    reviewer: r.reviewerId,
    decision: r.decision,
    note: r.note,
    credibility: r.credibility,
    createdAt: r.createdAt.toISOString(),
  }));
}
