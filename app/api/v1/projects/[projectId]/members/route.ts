import { authorizeProject } from "@/lib/access/authorize-project";
import { addMember as addMemberContract, listMembers as listMembersContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { keyset } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";

const byJoining = keyset<{ addedAt: string; userId: string }>({ field: "createdAt", of: (m) => new Date(m.addedAt) }, { field: "userId", of: (m) => m.userId });

export const GET = handle(listMembersContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "member.read");
  const page = query();
  return json(byJoining.page(await listMembers(access, byJoining.window(page)), page.limit, (m) => m));
});

export const POST = handle(addMemberContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "member.manage");
  return json(await addMember(access, await body()), 201);
});
