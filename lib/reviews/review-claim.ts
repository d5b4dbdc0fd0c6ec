import type { ProjectAccess } from "../access/authorize-project";
import { isOwnClaim } from "../access/may-review-claim";
import { claimInclude, claimView } from "../claims/claim-view";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import type { TReview } from "./schemas";

const REVIEWABLE = new Set<ClaimStatus>(["submitted", "disputed"]);
const OUTCOME: Record<Exclude<TReview["decision"], "approve">, ClaimStatus> = {
  reject: "rejected",
  request_changes: "changes_requested",
  dispute: "disputed",
};

/**
 * Records a reviewer's decision on the claim's current version. Nobody reviews their own claim.
 * Approval takes effect once the project's required number of distinct reviewers approved the
 * same version; any other decision takes effect at once.
 */
export async function reviewClaimIn(tx: Tx, access: ProjectAccess, claimId: string, input: TReview) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
  if (!claim) throw notFound("claim");
  if (isOwnClaim(access, claim)) throw new AppError("forbidden", "Nobody reviews their own claim.");
  if (!REVIEWABLE.has(claim.status)) throw new AppError("conflict", `A ${claim.status} claim is not awaiting review.`);
  if (claim.deprecatedAt) throw new AppError("conflict", "The claim is deprecated.");
  const reviewId = newId("rev");
  await tx.review.create({
    data: { id: reviewId, projectId: access.projectId, claimId, claimVersion: claim.version, reviewerId: access.userId, decision: input.decision, note: input.note ?? null, credibility: input.credibility ?? null },
  });
  let status: ClaimStatus = claim.status;
  if (input.decision === "approve") {
    const project = await tx.project.findUniqueOrThrow({ where: { id: access.projectId }, select: { requiredApprovals: true } });
    const approvers = await tx.review.findMany({
      where: { projectId: access.projectId, claimId, claimVersion: claim.version, decision: "approve" },
      distinct: ["reviewerId"],
      select: { reviewerId: true },
    });
    if (approvers.length >= project.requiredApprovals) status = "approved";
  } else status = OUTCOME[input.decision];
  const changed = status !== claim.status;
  const written = await tx.claim.updateMany({
    where: { id: claimId, version: claim.version },
    data: { status, ...(changed ? { version: { increment: 1 } } : {}), ...(input.credibility ? { credibility: input.credibility } : {}), updatedAt: new Date() },
  });
  if (written.count === 0) throw new AppError("conflict", "The claim changed while you were reviewing it; reload it.");
  await appendEvent(tx, {
    projectId: access.projectId,
    actorId: access.userId,
    type: "claim.reviewed",
    subjectType: "claim",
    subjectId: claimId,
    data: {
      review: { id: reviewId, decision: input.decision, note: input.note ?? null, credibility: input.credibility ?? null, claimVersion: claim.version },
      before: { status: claim.status, version: claim.version, credibility: claim.credibility },
      after: { status, version: claim.version + (changed ? 1 : 0), credibility: input.credibility ?? claim.credibility },
    },
  });
  return { reviewId, claim: claimView(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude })) };
}

export function reviewClaim(access: ProjectAccess, claimId: string, input: TReview) {
  return db().$transaction((tx) => reviewClaimIn(tx, access, claimId, input));
}
