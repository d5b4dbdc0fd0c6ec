import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import type { CommentSubject, TCreateComment } from "./schemas";
import { authorNames, commentView } from "./list-comments";

/** A comment on a claim or an annotation, optionally replying to another comment on the same subject. */
export async function createComment(access: ProjectAccess, subject: CommentSubject, input: TCreateComment) {
  return db().$transaction(async (tx) => {
    if (input.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId, projectId: access.projectId, subjectType: subject.type, subjectId: subject.id } });
      if (!parent) throw new AppError("invalid_input", "The comment replied to is not on this subject.", { issues: [{ path: ["parentId"], message: "Unknown comment" }] });
    }
    const row = await tx.comment.create({
      data: { id: newId("cmt"), projectId: access.projectId, subjectType: subject.type, subjectId: subject.id, parentId: input.parentId ?? null, authorId: access.userId, body: input.body },
    });
    await appendEvent(tx, { projectId: access.projectId, actorId: access.userId, type: "comment.created", subjectType: subject.type, subjectId: subject.id, data: { after: { commentId: row.id, parentId: row.parentId, body: row.body } } });
    return commentView(row, await authorNames(tx, [row.authorId]));
  });
}
