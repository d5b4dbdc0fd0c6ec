// The account a session names, as pages show it; null when it no longer exists (a session outlives
// nothing).
import { db } from "../db/client";
import type { CurrentUser } from "./current-user";

export async function findSessionUser(userId: string): Promise<CurrentUser | null> {
  return db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}
