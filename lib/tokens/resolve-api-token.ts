import { db } from "../db/client";
import type { TokenScope } from "./schemas";
import { hashTokenSecret, TOKEN_PREFIX } from "./token-secret";

/**
 * The live token behind a bearer secret, or null. Marks it used at most once a minute. `scope`
 * is set only for a token limited to some projects or to reading.
 */
export async function resolveApiToken(secret: string): Promise<{ id: string; userId: string; scope?: TokenScope } | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true, projectIds: true, readOnly: true },
  });
  if (!token || token.revokedAt) return null;
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const scoped = token.readOnly || token.projectIds.length > 0;
  return { id: token.id, userId: token.userId, ...(scoped ? { scope: { projectIds: token.projectIds, readOnly: token.readOnly } } : {}) };
}
