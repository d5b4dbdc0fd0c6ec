import { authorizeClaim } from "@/lib/access/authorize-resource";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { getClaim as getClaimContract, updateClaim as updateClaimContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(getClaimContract, async ({ actor, params: { claimId } }) => {
  const access = await authorizeClaim(actor, claimId, "project.read");
  return json(await getClaim(access, claimId));
});

/** `{version, ...changes}`: a stale version is a 409 whose body holds the current claim. */
export const PATCH = handle(updateClaimContract, async ({ actor, params: { claimId }, body }) => {
  const access = await authorizeClaim(actor, claimId, "claim.create");
  return json(await updateClaim(access, claimId, await body()));
});
