import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";
import type { Comment } from "../db/generated/client";
import type { CommentSubject } from "./schemas";

type Reader = Pick<ReturnType<typeof db>, "user">;

/** Each author's display name ("Unknown" for an account that is gone), for the comments' `authorName`. */
export async function authorNames(client: Reader, authorIds: readonly string[]): Promise<Map<string, string>> {
  if (!authorIds.length) return new Map();
  const users = await client.user.findMany({ where: { id: { in: [...new Set(authorIds)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export function commentView(c: Comment, names: ReadonlyMap<string, string>) {
  return {
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    parentId: c.parentId,
    author: c.authorId,
    authorName: names.get(c.authorId) ?? "Unknown",
    body: c.body,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Comments on one subject, oldest first; replies name their parent, so clients can thread them. */
export async function listComments(access: ProjectAccess, subject: CommentSubject, window?: ListWindow) {
  const rows = await db().comment.findMany({
    where: { projectId: access.projectId, subjectType: subject.type, subjectId: subject.id, ...window?.where },
    orderBy: window?.orderBy ?? [{ createdAt: "asc" }, { id: "asc" }],
    take: window?.take,
  });
  const names = await authorNames(db(), rows.map((r) => r.authorId));
  return rows.map((r) => commentView(r, names));
}
