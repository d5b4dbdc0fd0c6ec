import { authorizeClaim } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listReviews } from "@/lib/reviews/list-reviews";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { ZReview } from "@/lib/reviews/schemas";

export const GET = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "project.read");
  return json({ items: await listReviews(access, claimId), nextCursor: null });
});

/** `{decision, note?, credibility?}`; nobody approves their own claim (403). */
export const POST = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "claim.review");
  const input = await readJson(req, ZReview);
  const { reviewId, claim } = await reviewClaim(access, claimId, input);
  return json({ id: reviewId, claim }, 201);
});
