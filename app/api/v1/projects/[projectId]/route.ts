import { authorizeProject } from "@/lib/access/authorize-project";
import { getProject as getProjectContract, updateProject as updateProjectContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";

export const GET = handle(getProjectContract, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await getProject(access));
});

/** Owners: name, description and review settings (`requiredApprovals`, `blindAnnotation`). */
export const PATCH = handle(updateProjectContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "project.update");
  return json(await updateProject(access, await body()));
});
