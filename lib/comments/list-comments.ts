import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";
import type { Comment } from "../db/generated/client";
import type { CommentSubject } from "./schemas";

export function commentView(c: Comment) {
  return { id: c.id, subjectType: c.subjectType, subjectId: c.subjectId, parentId: c.parentId, author: c.authorId, body: c.body, createdAt: c.createdAt.toISOString() };
}

/** Comments on one subject, oldest first; replies name their parent, so clients can thread them. */
export async function listComments(access: ProjectAccess, subject: CommentSubject, window?: ListWindow) {
  const rows = await db().comment.findMany({
    where: { projectId: access.projectId, subjectType: subject.type, subjectId: subject.id, ...window?.where },
    orderBy: window?.orderBy ?? [{ createdAt: "asc" }, { id: "asc" }],
    take: window?.take,
  });
  return rows.map(commentView);
}
