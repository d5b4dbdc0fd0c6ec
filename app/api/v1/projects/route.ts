import { authorizeUnscoped, scopedProjectIds } from "@/lib/access/authorize-project";
import { createProject as createProjectContract, listProjects as listProjectsContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";

/** The caller's projects; a token limited to some projects lists only those. */
export const GET = handle(listProjectsContract, async ({ actor, query }) =>
  json(await listProjects({ userId: actor.userId, query: query(), onlyIds: scopedProjectIds(actor) })),
);

export const POST = handle(createProjectContract, async ({ actor, body }) => {
  authorizeUnscoped(actor, "create projects");
  return json(await createProject({ userId: actor.userId, input: await body() }), 201);
});
