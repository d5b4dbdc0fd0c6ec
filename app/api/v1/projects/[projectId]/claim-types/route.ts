import { authorizeProject } from "@/lib/access/authorize-project";
import { createClaimType } from "@/lib/claims/create-claim-type";
import { claimTypeView, listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { createClaimType as createClaimTypeContract, listClaimTypes as listClaimTypesContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listClaimTypesContract, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json({ items: (await listClaimTypes(access.projectId)).map(claimTypeView), nextCursor: null });
});

export const POST = handle(createClaimTypeContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "claim_type.manage");
  return json(await createClaimType(access, await body()), 201);
});
