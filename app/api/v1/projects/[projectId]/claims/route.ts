import { authorizeProject } from "@/lib/access/authorize-project";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { createClaim as createClaimContract, listClaims as listClaimsContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listClaimsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await listClaims(access, query()));
});

export const POST = handle(createClaimContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "claim.create");
  return json(await createClaim(access, await body()), 201);
});
