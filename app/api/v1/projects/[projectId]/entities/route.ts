import { authorizeProject } from "@/lib/access/authorize-project";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntities } from "@/lib/entities/list-entities";
import { createEntity as createEntityContract, listEntities as listEntitiesContract } from "@/lib/http/contracts/entities";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(listEntitiesContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await listEntities(access, query()));
});

export const POST = handle(createEntityContract, async ({ actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "entity.create");
  const input = await body();
  if (input.reliability !== undefined) await authorizeProject(actor, params.projectId, "source.evaluate");
  return json(await createEntity(access, input), 201);
});
