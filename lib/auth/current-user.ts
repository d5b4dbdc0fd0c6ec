// The signed-in user for server components.
import "server-only";
import { getServerSession } from "next-auth";
import { findSessionUser } from "./find-session-user";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

export async function currentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return findSessionUser(id);
}
