import { authorizeClaim } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { submitClaim } from "@/lib/claims/submit-claim";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const POST = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "claim.create");
  return json(await submitClaim(access, claimId));
});
