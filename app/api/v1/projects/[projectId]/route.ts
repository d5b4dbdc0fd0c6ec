import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { readJson } from "@/lib/http/read-json";
import { getProject } from "@/lib/projects/get-project";
import { updateProject, ZUpdateProject } from "@/lib/projects/update-project";

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json(await getProject(access));
});

/** Owners: name, description and review settings (`requiredApprovals`, `blindAnnotation`). */
export const PATCH = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.update");
  const input = await readJson(req, ZUpdateProject);
  return json(await updateProject(access, input));
});
