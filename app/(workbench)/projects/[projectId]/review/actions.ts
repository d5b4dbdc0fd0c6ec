"use server";
// Review decisions from the queue. The role is checked here and the lib refuses a reviewer's own
// claim, whatever the page showed; each answer says what happened in words the queue announces.
import { revalidatePath } from "next/cache";
import * as z from "zod";
import type { FormState } from "@/app/_lib/form-state";
import { runAction } from "@/app/_lib/run-action";
import { authorizeProject } from "@/lib/access/authorize-project";
import { getProject } from "@/lib/projects/get-project";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { reviewMany, ZBulkReview } from "@/lib/reviews/review-many";
import { ZReview } from "@/lib/reviews/schemas";
import { actionUser } from "../../../_lib/require-user";

const ZClaimId = z.string().min(1).max(64);

const DONE: Record<string, string> = {
  approved: "Approved.",
  rejected: "Rejected.",
  changes_requested: "Changes requested; the claim went back to its author.",
  disputed: "Marked as disputed.",
};

async function reviewerAccess(projectId: string) {
  const user = await actionUser();
  return authorizeProject(user.id, projectId, "claim.review");
}

export type BulkResult = Awaited<ReturnType<typeof reviewMany>>["results"][number];

export async function reviewAction(projectId: string, claimId: string, input: unknown): Promise<FormState<{ status: string }>> {
  return runAction(async () => {
    const access = await reviewerAccess(projectId);
    const review = ZReview.parse(input);
    const { claim } = await reviewClaim(access, ZClaimId.parse(claimId), review);
    revalidatePath(`/projects/${projectId}/review`);
    let message = DONE[claim.status] ?? `The claim is now ${claim.status}.`;
    if (review.decision === "approve" && claim.status !== "approved") {
      const { settings } = await getProject(access);
      message = `Your approval is recorded; the claim needs ${settings.requiredApprovals} approvals from different reviewers.`;
    }
    return { status: "ok", message, data: { status: claim.status } };
  });
}

export async function reviewManyAction(projectId: string, input: unknown): Promise<FormState<{ results: BulkResult[]; applied: number }>> {
  return runAction(async () => {
    const access = await reviewerAccess(projectId);
    const outcome = await reviewMany(access, ZBulkReview.parse(input));
    revalidatePath(`/projects/${projectId}/review`);
    const refused = outcome.results.length - outcome.applied;
    const message = `Applied to ${outcome.applied} of ${outcome.results.length} claims${refused ? `; ${refused} refused (see the list)` : ""}.`;
    return { status: refused ? "error" : "ok", message, data: outcome };
  });
}
