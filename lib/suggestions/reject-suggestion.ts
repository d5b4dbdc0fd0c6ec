// A person turns down a proposed span. The decision is kept (who, when) and logged, so the reader
// stops proposing it to anyone on this version of the document.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import type { TRejectSuggestion } from "./schemas";

export async function rejectSuggestion(access: ProjectAccess, input: TRejectSuggestion) {
  return db().$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { id: input.documentId, projectId: access.projectId }, select: { length: true } });
    if (!document) throw notFound("document");
    if (input.end > document.length) throw new AppError("invalid_input", "The span ends after the document.", { issues: [{ path: ["end"], message: "is past the end of the text" }] });
    const existing = await tx.suggestionRejection.findUnique({
      where: { projectId_documentId_start_end: { projectId: access.projectId, documentId: input.documentId, start: input.start, end: input.end } },
    });
    if (existing) return { id: existing.id, created: false };
    const id = newId("sug");
    await tx.suggestionRejection.create({ data: { id, projectId: access.projectId, ...input, rejectedById: access.userId } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "suggestion.rejected",
      subjectType: "document",
      subjectId: input.documentId,
      data: { after: { start: input.start, end: input.end } },
    });
    return { id, created: true };
  });
}
