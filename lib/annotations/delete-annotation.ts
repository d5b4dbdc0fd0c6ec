import type { ProjectAccess } from "../access/authorize-project";
import { mayChangeAnnotation } from "../access/may-change-annotation";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";

/**
 * Withdraws an annotation: its author or an owner may. Nothing is erased: the row is marked
 * deleted (the database refuses real deletes) and the event keeps who and when.
 */
export async function deleteAnnotation(access: ProjectAccess, annotationId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const a = await tx.annotation.findFirst({ where: { id: annotationId, projectId: access.projectId, deletedAt: null } });
    if (!a) throw notFound("annotation");
    if (!mayChangeAnnotation(access, a)) {
      throw new AppError("forbidden", "Only the annotation's author or a project owner can delete it.");
    }
    const now = new Date();
    await tx.annotation.update({ where: { id: a.id }, data: { deletedAt: now, deletedById: access.userId, updatedAt: now } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "annotation.deleted",
      subjectType: "annotation",
      subjectId: a.id,
      data: { before: { documentId: a.documentId, start: a.start, end: a.end, exact: a.exact, status: a.status } },
    });
  });
}
