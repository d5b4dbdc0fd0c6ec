import { db } from "../db/client";
import { notFound } from "../errors";
import type { Action } from "./permissions";
import { authorizeProject, type Caller, callerUserId, type ProjectAccess } from "./authorize-project";

/** Resolves an annotation's project through the caller's membership; outsiders find nothing. */
export async function authorizeAnnotation(caller: Caller, annotationId: string, action: Action): Promise<ProjectAccess> {
  const userId = callerUserId(caller);
  const a = await db().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, document: { project: { members: { some: { userId } } } } },
    select: { projectId: true },
  });
  if (!a) throw notFound("annotation");
  return authorizeProject(caller, a.projectId, action, "annotation");
}
