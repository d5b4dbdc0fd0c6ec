import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export async function listReviews(access: ProjectAccess, claimId: string) {
  const rows = await db().review.findMany({ where: { projectId: access.projectId, claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
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
