import { authorizeClaim } from "@/lib/access/authorize-resource";
import { deprecateClaim as deprecateClaimContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { deprecateClaim } from "@/lib/reviews/deprecate-claim";

export const POST = handle(deprecateClaimContract, async ({ actor, params: { claimId }, body }) => {
  const access = await authorizeClaim(actor, claimId, "claim.deprecate");
  return json(await deprecateClaim(access, claimId, await body()));
});
