import { authorizeEntity } from "@/lib/access/authorize-resource";
import { getEntity } from "@/lib/entities/get-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { getEntity as getEntityContract, updateEntity as updateEntityContract } from "@/lib/http/contracts/entities";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const GET = handle(getEntityContract, async ({ actor, params: { entityId } }) => {
  const access = await authorizeEntity(actor, entityId, "project.read");
  return json(await getEntity(access, entityId));
});

/** Names and aliases: annotators and above; reliability (source evaluation): reviewers and above. */
export const PATCH = handle(updateEntityContract, async ({ actor, params: { entityId }, body }) => {
  const input = await body();
  const access = await authorizeEntity(actor, entityId, input.reliability !== undefined ? "source.evaluate" : "entity.create");
  return json(await updateEntity(access, entityId, input));
});
