import type { ProjectAccess } from "../access/authorize-project";
import { mayChangeAnnotation } from "../access/may-change-annotation";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { annotationView } from "./annotation-view";
import type { TUpdateAnnotation } from "./schemas";

/** Edits what is attached to a span (its note); the span itself never changes in place. */
export async function updateAnnotation(access: ProjectAccess, annotationId: string, input: TUpdateAnnotation) {
  return db().$transaction(async (tx) => {
    const a = await tx.annotation.findFirst({ where: { id: annotationId, projectId: access.projectId, deletedAt: null } });
    if (!a) throw notFound("annotation");
    if (!mayChangeAnnotation(access, a)) {
      throw new AppError("forbidden", "Only the annotation's author or a project owner can edit it.");
    }
    const updated = await tx.annotation.update({ where: { id: a.id }, data: { note: input.note, updatedAt: new Date() } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "annotation.updated",
      subjectType: "annotation",
      subjectId: a.id,
      data: { before: { note: a.note }, after: { note: input.note } },
    });
    return annotationView(updated);
  });
}
