import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { ZClaimQuery, ZCreateClaim } from "@/lib/claims/schemas";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json(await listClaims(access, readQuery(req, ZClaimQuery)));
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "claim.create");
  const input = await readJson(req, ZCreateClaim);
  return json(await createClaim(access, input), 201);
});
