import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getProject } from "@/lib/projects/get-project";

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json(await getProject(access));
});
