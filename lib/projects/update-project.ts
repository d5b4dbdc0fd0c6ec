import { z } from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { appendEvent } from "../provenance/append-event";
import { getProject } from "./get-project";

export const ZUpdateProject = z
  .object({
    name: z.string().trim().min(1, "is required").max(200).optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    requiredApprovals: z.number().int().min(1).max(10).optional(),
    blindAnnotation: z.boolean().optional(),
  })
  .strict();
export type TUpdateProject = z.infer<typeof ZUpdateProject>;

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
