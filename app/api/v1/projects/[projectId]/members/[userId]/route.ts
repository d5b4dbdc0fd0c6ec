import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { removeMember } from "@/lib/members/remove-member";
import { ZUpdateMember } from "@/lib/members/schemas";
import { updateMemberRole } from "@/lib/members/update-member-role";

type Params = { projectId: string; userId: string };

export const PATCH = route<Params>(async (req, { projectId, userId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "member.manage");
  const input = await readJson(req, ZUpdateMember);
  return json(await updateMemberRole(access, userId, input));
});

export const DELETE = route<Params>(async (req, { projectId, userId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "member.manage");
  await removeMember(access, userId);
  return noContent();
});
