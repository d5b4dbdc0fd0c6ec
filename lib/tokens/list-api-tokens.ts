import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";

/** The user's tokens, newest first (or in a window's order), revoked ones included; never their secrets or hashes. */
export async function listApiTokens(options: { userId: string }, window?: ListWindow) {
  return db().apiToken.findMany({
    where: { userId: options.userId, ...window?.where },
    take: window?.take,
    select: { id: true, name: true, prefix: true, projectIds: true, readOnly: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: window?.orderBy ?? { createdAt: "desc" },
  });
}
