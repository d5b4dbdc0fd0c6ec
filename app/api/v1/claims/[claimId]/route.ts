import { authorizeClaim } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { getClaim } from "@/lib/claims/get-claim";
import { ZUpdateClaim } from "@/lib/claims/schemas";
import { updateClaim } from "@/lib/claims/update-claim";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "project.read");
  return json(await getClaim(access, claimId));
});

/** `{version, ...changes}`: a stale version is a 409 whose body holds the current claim. */
export const PATCH = route<{ claimId: string }>(async (req, { claimId }) => {
  const actor = await authenticate(req);
  const access = await authorizeClaim(actor.userId, claimId, "claim.create");
  const input = await readJson(req, ZUpdateClaim);
  return json(await updateClaim(access, claimId, input));
});
