// The review queue's calls to the public API, through the typed client, and the sentence each
// answer is announced with: one decision on one claim, or one approval on the selected claims.
import { type Answer, callApi } from "@/app/_lib/api/call-api";
import type { ApiFailure } from "@/app/_lib/api-error";
import { reviewClaim, reviewMany } from "@/lib/http/contracts/reviews";
import type { TReview } from "@/lib/reviews/schemas";

export type BulkResult = Answer<typeof reviewMany>["results"][number];

const DONE: Record<string, string> = {
  approved: "Approved.",
  rejected: "Rejected.",
  changes_requested: "Changes requested; the claim went back to its author.",
  disputed: "Marked as disputed.",
};

export type Decided = { ok: true; message: string } | { ok: false; failure: ApiFailure };

/** One decision; an approval that does not yet make the claim approved says how many it needs. */
export async function decideClaim(claimId: string, review: TReview, requiredApprovals: number): Promise<Decided> {
  const answer = await callApi(reviewClaim, { params: { claimId }, body: review });
  if (!answer.ok) return answer;
  const { status } = answer.data.claim;
  if (review.decision === "approve" && status !== "approved") {
    return { ok: true, message: `Your approval is recorded; the claim needs ${requiredApprovals} approvals from different reviewers.` };
  }
  return { ok: true, message: DONE[status] ?? `The claim is now ${status}.` };
}

export type BulkDecided = { ok: true; message: string; results: BulkResult[]; refused: number } | { ok: false; failure: ApiFailure };

/** One approval on many claims; each is applied or refused on its own. */
export async function approveMany(projectId: string, claimIds: string[]): Promise<BulkDecided> {
  const answer = await callApi(reviewMany, { params: { projectId }, body: { claimIds, review: { decision: "approve" } } });
  if (!answer.ok) return answer;
  const { results, applied } = answer.data;
  const refused = results.length - applied;
  const message = `Applied to ${applied} of ${results.length} claims${refused ? `; ${refused} refused (see the list)` : ""}.`;
  return { ok: true, message, results, refused };
}
