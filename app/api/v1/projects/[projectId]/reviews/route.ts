import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { reviewMany, ZBulkReview } from "@/lib/reviews/review-many";

/** Bulk decisions: `{claimIds, review}`; each claim gets its own review and event. */
export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "claim.review");
  const input = await readJson(req, ZBulkReview);
  return json(await reviewMany(access, input));
});
