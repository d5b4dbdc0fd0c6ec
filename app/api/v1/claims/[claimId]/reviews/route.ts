import { authorizeClaim } from "@/lib/access/authorize-resource";
import { listReviews as listReviewsContract, reviewClaim as reviewClaimContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { listReviews } from "@/lib/reviews/list-reviews";
import { reviewClaim } from "@/lib/reviews/review-claim";

export const GET = handle(listReviewsContract, async ({ actor, params: { claimId } }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  return json({ items: await listReviews(access, claimId), nextCursor: null });
});

/** `{decision, note?, credibility?}`; nobody approves their own claim (403). */
export const POST = handle(reviewClaimContract, async ({ actor, params: { claimId }, body }) => {
  const access = await authorizeClaim(actor, claimId, "claim.review");
  const { reviewId, claim } = await reviewClaim(access, claimId, await body());
  return json({ id: reviewId, claim }, 201);
});
