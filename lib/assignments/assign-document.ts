import type { ProjectAccess } from "../access/authorize-project";
import { can } from "../access/permissions";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import type { TAssign } from "./schemas";

export { ZAssign, type TAssign } from "./schemas";

/** Owners ask an annotator (or above) to work through a document, all of its versions. */
export async function assignDocument(access: ProjectAccess, input: TAssign) {
  return db().$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { id: input.documentId, projectId: access.projectId }, select: { lineageId: true } });
    if (!document) throw new AppError("invalid_input", "No such document in this project.", { issues: [{ path: ["documentId"], message: "Unknown document" }] });
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: access.projectId, userId: input.userId } } });
    if (!member) throw new AppError("invalid_input", "That person is not a member of this project.", { issues: [{ path: ["userId"], message: "Not a member" }] });
    if (!can(member.role, "annotation.create")) throw new AppError("invalid_input", `A ${member.role} cannot annotate.`, { issues: [{ path: ["userId"], message: "Role cannot annotate" }] });
    const existing = await tx.assignment.findUnique({ where: { projectId_lineageId_userId: { projectId: access.projectId, lineageId: document.lineageId, userId: input.userId } } });
    if (existing) throw new AppError("conflict", "That document is already assigned to that person.");
    const row = await tx.assignment.create({ data: { id: newId("asg"), projectId: access.projectId, lineageId: document.lineageId, userId: input.userId, assignedById: access.userId } });
    await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "assignment.created", subjectType: "document", subjectId: document.lineageId, data: { after: { assignmentId: row.id, userId: input.userId } } });
    return { id: row.id, documentId: document.lineageId, userId: row.userId, assignedBy: row.assignedById, createdAt: row.createdAt.toISOString(), submittedAt: null };
  });
}

/** The assigned person declares their work on the document done. */
export async function submitAssignment(access: ProjectAccess, assignmentId: string) {
  return db().$transaction(async (tx) => {
    const row = await tx.assignment.findFirst({ where: { id: assignmentId, projectId: access.projectId } });
    if (!row) throw notFound("assignment");
    if (row.userId !== access.userId) throw new AppError("forbidden", "Only the assigned person can submit their work.");
    if (row.submittedAt) throw new AppError("conflict", "Already submitted.");
    const done = await tx.assignment.update({ where: { id: row.id }, data: { submittedAt: new Date() } });
    await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "assignment.submitted", subjectType: "document", subjectId: row.lineageId, data: { assignmentId: row.id } });
    return { id: done.id, documentId: done.lineageId, userId: done.userId, submittedAt: done.submittedAt?.toISOString() ?? null };
  });
}
