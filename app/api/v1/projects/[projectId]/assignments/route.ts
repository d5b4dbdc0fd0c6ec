import { authorizeProject } from "@/lib/access/authorize-project";
import { can } from "@/lib/access/permissions";
import { assignDocument } from "@/lib/assignments/assign-document";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { assignDocument as assignDocumentContract, listAssignments as listAssignmentsContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Owners and reviewers see every assignment; others see their own queue. */
export const GET = handle(listAssignmentsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const { userId } = query();
  const mine = !can(access.role, "claim.review");
  return json({ items: await listAssignments(access, { userId: mine ? actor.userId : userId }), nextCursor: null });
});

export const POST = handle(assignDocumentContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "assignment.manage");
  return json(await assignDocument(access, await body()), 201);
});
