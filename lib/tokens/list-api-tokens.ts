import { db } from "../db/client";

/** The user's tokens, newest first, revoked ones included; never their secrets or hashes. */
export async function listApiTokens(options: { userId: string }) {
  return db().apiToken.findMany({
    where: { userId: options.userId },
    select: { id: true, name: true, prefix: true, projectIds: true, readOnly: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
