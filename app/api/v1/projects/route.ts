import { authenticate } from "@/lib/auth/authenticate-request";
import { ZListQuery } from "@/lib/http/pagination";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";
import { ZCreateProject } from "@/lib/projects/schemas";

export const GET = route(async (req) => {
  const actor = await authenticate(req);
  return json(await listProjects({ userId: actor.userId, query: readQuery(req, ZListQuery) }));
});

export const POST = route(async (req) => {
  const actor = await authenticate(req);
  const input = await readJson(req, ZCreateProject);
  return json(await createProject({ userId: actor.userId, input }), 201);
});
