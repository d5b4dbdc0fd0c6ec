import { db } from "../db/client";

/** A person's display name, e.g. who added a document; null when the account no longer exists. */
export async function getUserName(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? null;
}
