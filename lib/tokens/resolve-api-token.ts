import type { AccessTarget, PrefetchedMembership } from "../access/access-target";
import { lookUpToken, markTokenUsed, prefetched } from "../auth/look-up-caller";
import type { TokenScope } from "./schemas";
import { hashTokenSecret, TOKEN_PREFIX } from "./token-secret";

export interface ResolvedToken {
  id: string;
  userId: string;
  scope?: TokenScope;
  /** The user's membership in `target`'s project, read in the same statement as the token. */
  membership?: PrefetchedMembership;
}

/**
 * The live token behind a bearer secret, or null. Marks it used at most once a minute. `scope`
 * is set only for a token limited to some projects or to reading. With a `target`, the token's
 * user's membership there comes with it (one statement).
 */
export async function resolveApiToken(secret: string, target?: AccessTarget): Promise<ResolvedToken | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await lookUpToken(hashTokenSecret(secret), target);
  if (!token || token.revokedAt) return null;
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) await markTokenUsed(token.id, now);
  const scoped = token.readOnly || token.projectIds.length > 0;
  const membership = prefetched(token, target);
  return {
    id: token.id,
    userId: token.userId,
    ...(scoped ? { scope: { projectIds: token.projectIds, readOnly: token.readOnly } } : {}),
    ...(membership ? { membership } : {}),
  };
}
