import { clientAddress } from "@/lib/auth/client-address";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createToken, listTokens } from "@/lib/http/contracts/accounts";
import { handle } from "@/lib/http/handle";
import { byCreation } from "@/lib/http/keyset";
import { json } from "@/lib/http/respond";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

/** `{email, password, name?, projects?, readOnly?}`: the secret is in this answer only. */
export const POST = handle(createToken, async ({ req, body }) => {
  const input = await body();
  const user = await verifyCredentials({ ...input, ip: clientAddress(req.headers) });
  const created = await createApiToken({ userId: user.id, name: input.name, projectIds: input.projects, readOnly: input.readOnly });
  return json({ id: created.id, token: created.token, name: created.name, projects: created.projectIds, readOnly: created.readOnly }, 201);
});

/** The caller's own tokens (never their secrets), oldest first. */
export const GET = handle(listTokens, async ({ actor, query }) => {
  const page = query();
  const tokens = await listApiTokens({ userId: actor.userId }, byCreation.window(page));
  return json(
    byCreation.page(tokens, page.limit, ({ projectIds, ...t }) => ({
      ...t,
      projects: projectIds,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
  );
});
