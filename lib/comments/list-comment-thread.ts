// The comments on one subject as a thread for display, each with its author's name, for pages
// rendered on the server.
import type { ProjectAccess } from "../access/authorize-project";
import { listComments } from "./list-comments";
import type { CommentSubject } from "./schemas";
import { type ThreadComment, threadComments } from "./thread-comments";

export type { ThreadComment } from "./thread-comments";

export async function listCommentThread(access: ProjectAccess, subject: CommentSubject): Promise<ThreadComment[]> {
  const flat = await listComments(access, subject);
  return threadComments(flat.map((c) => ({ id: c.id, parentId: c.parentId, authorId: c.author, authorName: c.authorName, body: c.body, createdAt: c.createdAt })));
}
