// The one gate into a project. An outsider finds nothing (404); a member whose role does not allow
// the action is refused (403). Resources that live in a project resolve their project here too.
import { db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { AppError, notFound } from "../errors";
import { type Action, can, minimumRole } from "./permissions";

export interface ProjectAccess {
  projectId: string;
  userId: string;
  role: Role;
}

function check(access: ProjectAccess, action: Action): ProjectAccess {
  if (!can(access.role, action)) {
    throw new AppError("forbidden", `Your role (${access.role}) cannot do this; it needs ${minimumRole(action)} or above.`);
  }
  return access;
}

export async function authorizeProject(userId: string, projectId: string, action: Action): Promise<ProjectAccess> {
  const membership = await db().membership.findUnique({
    where: { projectId_userId: { projectId, userId } },
    select: { role: true },
  });
  if (!membership) throw notFound("project");
  return check({ projectId, userId, role: membership.role }, action);
}

/** Resolves a document's project through the caller's membership in the same query. */
export async function authorizeDocument(userId: string, documentId: string, action: Action): Promise<ProjectAccess> {
  const document = await db().document.findFirst({
    where: { id: documentId, project: { members: { some: { userId } } } },
    select: { projectId: true, project: { select: { members: { where: { userId }, select: { role: true } } } } },
  });
  const role = document?.project.members[0]?.role;
  if (!document || !role) throw notFound("document");
  return check({ projectId: document.projectId, userId, role }, action);
}
