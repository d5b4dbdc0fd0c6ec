import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { annotationView } from "./annotation-view";
import { locateSpan } from "./locate-span";
import type { TResolveOrphan } from "./schemas";

/**
 * A person decides where an orphaned annotation belongs: re-attached to a span of the newest
 * version of its source, or retired (kept, but no longer shown on the text).
 */
export async function resolveOrphan(access: ProjectAccess, annotationId: string, input: TResolveOrphan) {
  return db().$transaction(async (tx) => {
    const a = await tx.annotation.findFirst({ where: { id: annotationId, projectId: access.projectId, deletedAt: null } });
    if (!a) throw notFound("annotation");
    if (a.status !== "orphaned") throw new AppError("conflict", `The annotation is ${a.status}, not orphaned.`);
    const before = { status: a.status, documentId: a.documentId, start: a.start, end: a.end, exact: a.exact };
    const now = new Date();
    if (input.action === "retire") {
      const retired = await tx.annotation.update({ where: { id: a.id }, data: { status: "retired", updatedAt: now } });
      await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "annotation.retired", subjectType: "annotation", subjectId: a.id, data: { before, reason: input.reason ?? null } });
      return annotationView(retired);
    }
    const newest = await tx.document.findFirst({
      where: { projectId: access.projectId, lineageId: a.lineageId },
      orderBy: { version: "desc" },
      select: { id: true, text: true },
    });
    if (!newest) throw notFound("document");
    const span = locateSpan(newest.text, input);
    await tx.annotationAnchor.create({
      data: { projectId: access.projectId, annotationId: a.id, documentId: newest.id, ...span, confidence: 1, method: "manual", createdById: access.userId },
    });
    const placed = await tx.annotation.update({
      where: { id: a.id },
      data: { status: "active", orphan: Prisma.DbNull, documentId: newest.id, ...span, updatedAt: now },
    });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "annotation.reattached",
      subjectType: "annotation",
      subjectId: a.id,
      data: { before, after: { documentId: newest.id, start: span.start, end: span.end, exact: span.exact } },
    });
    return annotationView(placed);
  });
}
