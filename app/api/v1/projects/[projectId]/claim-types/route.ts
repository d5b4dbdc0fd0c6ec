import { authorizeProject } from "@/lib/access/authorize-project";
import { createClaimType } from "@/lib/claims/create-claim-type";
import { claimTypeView, listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { createClaimType as createClaimTypeContract, listClaimTypes as listClaimTypesContract } from "@/lib/http/contracts/claims";
import { handle } from "@/lib/http/handle";
import { pageInMemory } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

/** The built-in types in their own order, then the project's in the order they were made (a project holds few). */
export const GET = handle(listClaimTypesContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const types = await listClaimTypes(access.projectId);
  return json(pageInMemory(types, query(), (t) => [types.indexOf(t), t.id], claimTypeView));
});

export const POST = handle(createClaimTypeContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "claim_type.manage");
  return json(await createClaimType(access, await body()), 201);
});
