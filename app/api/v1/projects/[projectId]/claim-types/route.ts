import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createClaimType } from "@/lib/claims/create-claim-type";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { claimTypeView, listClaimTypes } from "@/lib/claims/types/resolve-claim-type";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json({ items: (await listClaimTypes(access.projectId)).map(claimTypeView), nextCursor: null });
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "claim_type.manage");
  const input = await readJson(req, ZCreateClaimType);
  return json(await createClaimType(access, input), 201);
});
