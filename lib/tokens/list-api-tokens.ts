import { db } from "../db/client";

export async function listApiTokens(options: { userId: string }) {
  return db().apiToken.findMany({
    where: { userId: options.userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
