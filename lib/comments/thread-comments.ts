// A subject's comments as a thread for display: replies nested under the comment they answer,
// oldest first at every level. Plain TypeScript: the page threads on the server, the comment
// thread in the browser threads what the API lists.

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
