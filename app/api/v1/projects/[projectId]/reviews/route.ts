import { authorizeProject } from "@/lib/access/authorize-project";
import { reviewMany as reviewManyContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { reviewMany } from "@/lib/reviews/review-many";

/** Bulk decisions: `{claimIds, review}`; each claim gets its own review and event. */
export const POST = handle(reviewManyContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "claim.review");
  return json(await reviewMany(access, await body()));
});
