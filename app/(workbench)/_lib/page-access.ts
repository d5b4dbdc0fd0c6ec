// Authorisation for pages: the same gate as the API (`authorizeProject` / `authorizeDocument`),
// with "no such project, or not yours" shown as Next's 404 page. Cached per request so that
// generateMetadata and the page ask once.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { authorizeDocument, authorizeProject, type ProjectAccess } from "@/lib/access/authorize-project";
import { AppError } from "@/lib/errors";
import { requireUser } from "./require-user";

/** Next's 404 page for "no such thing, or not yours"; other errors pass through. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export const projectAccess = cache(async (projectId: string, from: string): Promise<ProjectAccess> => {
  const user = await requireUser(from);
  return orNotFound(authorizeProject(user.id, projectId, "project.read"));
});

export const documentAccess = cache(async (documentId: string, from: string): Promise<ProjectAccess> => {
  const user = await requireUser(from);
  return orNotFound(authorizeDocument(user.id, documentId, "document.read"));
});
