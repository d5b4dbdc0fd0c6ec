import { authorizeClaim } from "@/lib/access/authorize-resource";
import { submitClaim } from "@/lib/claims/submit-claim";
import { submitClaim as submitClaimContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const POST = handle(submitClaimContract, async ({ actor, params: { claimId } }) => {
  const access = await authorizeClaim(actor, claimId, "claim.create");
  return json(await submitClaim(access, claimId));
});
