import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { appendEvent } from "../provenance/append-event";
import { getProject } from "./get-project";
import type { TUpdateProject } from "./schemas";

export { ZUpdateProject, type TUpdateProject } from "./schemas";

/** Owners change the project's name and its review settings. */
export async function updateProject(access: ProjectAccess, input: TUpdateProject) {
  await db().$transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({
      where: { id: access.projectId },
      select: { name: true, description: true, requiredApprovals: true, blindAnnotation: true },
    });
    const after = await tx.project.update({
      where: { id: access.projectId },
      data: input,
      select: { name: true, description: true, requiredApprovals: true, blindAnnotation: true },
    });
    await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "project.updated", subjectType: "project", subjectId: access.projectId, data: { before, after } });
  });
  return getProject(access);
}
