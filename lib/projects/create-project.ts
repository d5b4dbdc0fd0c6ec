import { db } from "../db/client";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import type { TCreateProject } from "./schemas";

/** Creates a project whose creator is its first owner. */
export async function createProject(options: { userId: string; input: TCreateProject; id?: string }) {
  const id = options.id ?? newId("prj");
  const { name, description } = options.input;
  return db().$transaction(async (tx) => {
    const project = await tx.project.create({
      data: { id, name, description: description ?? null, createdById: options.userId },
    });
    await tx.membership.create({ data: { projectId: id, userId: options.userId, role: "owner" } });
    await appendEvent(tx, {
      projectId: id,
      actorId: options.userId,
      type: "project.created",
      subjectType: "project",
      subjectId: id,
      data: { after: { name, description: description ?? null } },
    });
    await appendEvent(tx, {
      projectId: id,
      actorId: options.userId,
      type: "member.added",
      subjectType: "member",
      subjectId: options.userId,
      data: { after: { role: "owner" } },
    });
    return { id: project.id, name: project.name, description: project.description, createdAt: project.createdAt, role: "owner" as const };
  });
}
