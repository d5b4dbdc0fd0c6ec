import { authorizeOwnAssignment } from "@/lib/access/authorize-resource";
import { submitAssignment } from "@/lib/assignments/assign-document";
import { submitAssignment as submitAssignmentContract } from "@/lib/http/contracts/reviews";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** The assigned person declares their work on the document done. */
export const POST = handle(submitAssignmentContract, async ({ actor, params: { assignmentId } }) => {
  const access = await authorizeOwnAssignment(actor, assignmentId, "annotation.create");
  return json(await submitAssignment(access, assignmentId));
});
