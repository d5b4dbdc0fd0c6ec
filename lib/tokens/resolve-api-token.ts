import { db } from "../db/client";
import { hashTokenSecret, TOKEN_PREFIX } from "./token-secret";

/** The live token behind a bearer secret, or null. Marks it used at most once a minute. */
export async function resolveApiToken(secret: string): Promise<{ id: string; userId: string } | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt) return null;
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { id: token.id, userId: token.userId };
}
