import { authorizeClaim } from "@/lib/access/authorize-resource";
import { listReviews as listReviewsContract, reviewClaim as reviewClaimContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";
import { listReviews } from "@/lib/reviews/list-reviews";
import { reviewClaim } from "@/lib/reviews/review-claim";

export const GET = handle(listReviewsContract, async ({ actor, params: { claimId }, query }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  const page = query();
  return json(byCreation.page(await listReviews(access, claimId, byCreation.window(page)), page.limit, (r) => r));
});

/** `{decision, note?, credibility?}`; nobody approves their own claim (403). */
export const POST = handle(reviewClaimContract, async ({ actor, params: { claimId }, body }) => {
  const access = await authorizeClaim(actor, claimId, "claim.review");
  const { reviewId, claim } = await reviewClaim(access, claimId, await body());
  return json({ id: reviewId, claim }, 201);
});
