import { authorizeProject } from "@/lib/access/authorize-project";
import { addMember as addMemberContract, listMembers as listMembersContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";

export const GET = handle(listMembersContract, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "member.read");
  return json({ items: await listMembers(access), nextCursor: null });
});

export const POST = handle(addMemberContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "member.manage");
  return json(await addMember(access, await body()), 201);
});
