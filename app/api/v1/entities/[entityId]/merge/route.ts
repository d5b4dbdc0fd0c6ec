import { authorizeEntity } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { ZMergeEntity } from "@/lib/entities/schemas";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Judges this entity the same as `into`; its names become aliases there. */
export const POST = route<{ entityId: string }>(async (req, { entityId }) => {
  const actor = await authenticate(req);
  const access = await authorizeEntity(actor.userId, entityId, "entity.merge");
  const input = await readJson(req, ZMergeEntity);
  return json(await mergeEntities(access, entityId, input));
});
