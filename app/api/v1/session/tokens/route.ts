import { authorizeSession } from "@/lib/access/authorize-session";
import { createSessionToken } from "@/lib/http/contracts/accounts";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { createApiToken } from "@/lib/tokens/create-api-token";

/** `{name?, projects?, readOnly?}` from the signed-in browser: the secret is in this answer only. */
export const POST = handle(createSessionToken, async ({ actor, body }) => {
  authorizeSession(actor, "create tokens");
  const input = await body();
  const created = await createApiToken({ userId: actor.userId, name: input.name, projectIds: input.projects, readOnly: input.readOnly });
  return json({ id: created.id, token: created.token, name: created.name, projects: created.projectIds, readOnly: created.readOnly }, 201);
});
