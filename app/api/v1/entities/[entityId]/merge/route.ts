import { authorizeEntity } from "@/lib/access/authorize-resource";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { mergeEntity } from "@/lib/http/contracts/entities";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Judges this entity the same as `into`; its names become aliases there. */
export const POST = handle(mergeEntity, async ({ actor, params: { entityId }, body }) => {
  const access = await authorizeEntity(actor, entityId, "entity.merge");
  return json(await mergeEntities(access, entityId, await body()));
});
