import { authorizeProject } from "@/lib/access/authorize-project";
import { removeMember as removeMemberContract, updateMember } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json, noContent } from "@/lib/http/respond";
import { removeMember } from "@/lib/members/remove-member";
import { updateMemberRole } from "@/lib/members/update-member-role";

export const PATCH = handle(updateMember, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "member.manage");
  return json(await updateMemberRole(access, params.userId, await body()));
});

export const DELETE = handle(removeMemberContract, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "member.manage");
  await removeMember(access, params.userId);
  return noContent();
});
