import { authorizeOwnAssignment } from "@/lib/access/authorize-resource";
import { submitAssignment } from "@/lib/assignments/assign-document";
import { authenticate } from "@/lib/auth/authenticate-request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** The assigned person declares their work on the document done. */
export const POST = route<{ assignmentId: string }>(async (req, { assignmentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeOwnAssignment(actor.userId, assignmentId, "annotation.create");
  return json(await submitAssignment(access, assignmentId));
});
