import { authenticate } from "@/lib/auth/authenticate-request";
import { clientAddress } from "@/lib/auth/client-address";
import { ZCreateToken } from "@/lib/auth/schemas";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export const POST = route(async (req) => {
  const input = await readJson(req, ZCreateToken);
  const user = await verifyCredentials({ ...input, ip: clientAddress(req.headers) });
  const created = await createApiToken({ userId: user.id, name: input.name });
  return json({ id: created.id, token: created.token, name: created.name }, 201);
});

/** The caller's own tokens (never their secrets). */
export const GET = route(async (req) => {
  const actor = await authenticate(req);
  const tokens = await listApiTokens({ userId: actor.userId });
  return json({
    items: tokens.map((t) => ({
      ...t,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
    nextCursor: null,
  });
});
