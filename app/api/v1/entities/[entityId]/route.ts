import { authorizeEntity } from "@/lib/access/authorize-resource";
import { authenticate } from "@/lib/auth/authenticate-request";
import { getEntity } from "@/lib/entities/get-entity";
import { ZUpdateEntity } from "@/lib/entities/schemas";
import { updateEntity } from "@/lib/entities/update-entity";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

export const GET = route<{ entityId: string }>(async (req, { entityId }) => {
  const actor = await authenticate(req);
  const access = await authorizeEntity(actor.userId, entityId, "project.read");
  return json(await getEntity(access, entityId));
});

/** Names and aliases: annotators and above; reliability (source evaluation): reviewers and above. */
export const PATCH = route<{ entityId: string }>(async (req, { entityId }) => {
  const actor = await authenticate(req);
  const input = await readJson(req, ZUpdateEntity);
  const access = await authorizeEntity(actor.userId, entityId, input.reliability !== undefined ? "source.evaluate" : "entity.create");
  return json(await updateEntity(access, entityId, input));
});
