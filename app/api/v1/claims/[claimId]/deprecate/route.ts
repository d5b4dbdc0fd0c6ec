import { authorizeClaim } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { deprecateClaim } from "@/lib/reviews/deprecate-claim";
import { ZDeprecate } from "@/lib/reviews/schemas";

export const POST = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "claim.review");
  const input = await readJson(req, ZDeprecate);
  return json(await deprecateClaim(access, claimId, input));
});
