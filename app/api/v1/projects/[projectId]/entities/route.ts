import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntities } from "@/lib/entities/list-entities";
import { ZCreateEntity, ZEntityQuery } from "@/lib/entities/schemas";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json(await listEntities(access, readQuery(req, ZEntityQuery)));
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "entity.create");
  const input = await readJson(req, ZCreateEntity);
  if (input.reliability !== undefined) await authorizeProject(actor.userId, projectId, "source.evaluate");
  return json(await createEntity(access, input), 201);
});
