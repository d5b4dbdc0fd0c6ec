// Independent double annotation: while a blind project's document still has assigned annotators
// who have not submitted, an annotator sees only their own annotations on it. Reviewers and owners
// see everything; once every assignee submitted, everyone does.
import type { ProjectAccess } from "../access/authorize-project";
import { can } from "../access/permissions";
import { db } from "../db/client";

export async function visibleAuthor(access: ProjectAccess, lineageId: string): Promise<string | undefined> {
  if (can(access.role, "annotation.see_blind")) return undefined;
  const project = await db().project.findUnique({ where: { id: access.projectId }, select: { blindAnnotation: true } });
  if (!project?.blindAnnotation) return undefined;
  const open = await db().assignment.count({ where: { projectId: access.projectId, lineageId, submittedAt: null } });
  return open > 0 ? access.userId : undefined;
}
