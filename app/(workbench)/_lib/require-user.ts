// The signed-in user for workbench pages. A visitor without a session goes to the sign-in page,
// which brings them back to `from` afterwards. Cached per request, so the layout and the page
// share one lookup; the session cookie is read without next-auth's round of re-signing
// (lib/auth/session-token-user-id.ts), and its user id is known before the account is looked up,
// so a page's membership check need not wait for that lookup.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { findSessionUser } from "@/lib/auth/find-session-user";
import { sessionTokenUserId } from "@/lib/auth/session-token-user-id";

/** The user id the session cookie carries (not yet checked against the accounts). */
export const sessionUserId = cache(async (): Promise<string | null> => {
  const jar = await cookies();
  return sessionTokenUserId(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
});

export const sessionUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  return id ? findSessionUser(id) : null;
});

export const signInPath = (from: string) => `/sign-in?callbackUrl=${encodeURIComponent(from)}`;

export async function requireUser(from: string): Promise<CurrentUser> {
  const user = await sessionUser();
  if (!user) redirect(signInPath(from));
  return user;
}
