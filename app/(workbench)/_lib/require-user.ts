// The signed-in user for workbench pages. A visitor without a session goes to the sign-in page,
// which brings them back to `from` afterwards. Cached per request, so the layout and the page
// share one lookup.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";

export const sessionUser = cache(currentUser);

export async function requireUser(from: string): Promise<CurrentUser> {
  const user = await sessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  return user;
}
