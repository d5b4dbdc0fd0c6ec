import { authorizeProject } from "@/lib/access/authorize-project";
import { can } from "@/lib/access/permissions";
import { assignDocument } from "@/lib/assignments/assign-document";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { assignDocument as assignDocumentContract, listAssignments as listAssignmentsContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";

/** Owners and reviewers see every assignment; others see their own queue. */
export const GET = handle(listAssignmentsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const { userId, ...page } = query();
  const mine = !can(access.role, "assignment.read_all");
  return json(byCreation.page(await listAssignments(access, { userId: mine ? actor.userId : userId }, byCreation.window(page)), page.limit, (a) => a));
});

export const POST = handle(assignDocumentContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "assignment.manage");
  return json(await assignDocument(access, await body()), 201);
});
