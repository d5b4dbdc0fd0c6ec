import { db } from "../db/client";
import { notFound } from "../errors";

/** Revokes one of the caller's own tokens; anyone else's token does not exist for them. */
export async function revokeApiToken(options: { userId: string; tokenId: string }): Promise<void> {
  const result = await db().apiToken.updateMany({
    where: { id: options.tokenId, userId: options.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (result.count === 0) throw notFound("token");
}
