// The comments on one subject as a thread for display: each with its author's name, replies
// nested under the comment they answer, oldest first at every level.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { listComments } from "./list-comments";
import type { CommentSubject } from "./schemas";

export interface ThreadComment {
  id: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  replies: ThreadComment[];
}

/** Nests a flat, oldest-first list by `parentId`; a reply whose parent is missing stays at the top. */
export function threadComments(flat: Omit<ThreadComment, "replies">[]): ThreadComment[] {
  const nodes = new Map<string, ThreadComment>(flat.map((c) => [c.id, { ...c, replies: [] }]));
  const roots: ThreadComment[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

export async function listCommentThread(access: ProjectAccess, subject: CommentSubject): Promise<ThreadComment[]> {
  const flat = await listComments(access, subject);
  const users = await db().user.findMany({ where: { id: { in: [...new Set(flat.map((c) => c.author))] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const rows = flat.map((c) => ({ id: c.id, parentId: c.parentId, authorId: c.author, authorName: names.get(c.author) ?? "Unknown", body: c.body, createdAt: c.createdAt }));
  return threadComments(rows);
}
