// Authorisation for pages: the same gate as the API (`authorizeProject` / `authorizeDocument`),
// with "no such project, or not yours" shown as Next's 404 page. Cached per request so that
// generateMetadata and the page ask once. The gate runs beside the account lookup (both need only
// the session's user id), so a page waits for one round trip to the database, not two.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authorizeDocument, authorizeProject, type ProjectAccess } from "@/lib/access/authorize-project";
import { AppError } from "@/lib/errors";
import { sessionUser, sessionUserId, signInPath } from "./require-user";

/** Next's 404 page for "no such thing, or not yours"; other errors pass through. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * `check` with the session's user id, once the account is known to exist: a visitor without a
 * session, or whose account is gone, is sent to sign in whatever the check said.
 */
async function asSignedInUser<T>(from: string, check: (userId: string) => Promise<T>): Promise<T> {
  const userId = await sessionUserId();
  if (!userId) redirect(signInPath(from));
  const [user, result] = await Promise.allSettled([sessionUser(), check(userId)]);
  if (user.status === "rejected") throw user.reason;
  if (!user.value) redirect(signInPath(from));
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

export const projectAccess = cache(
  (projectId: string, from: string): Promise<ProjectAccess> => asSignedInUser(from, (userId) => orNotFound(authorizeProject(userId, projectId, "project.read"))),
);

export const documentAccess = cache(
  (documentId: string, from: string): Promise<ProjectAccess> => asSignedInUser(from, (userId) => orNotFound(authorizeDocument(userId, documentId, "document.read"))),
);
