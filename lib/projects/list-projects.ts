import { db } from "../db/client";
import { afterCursor, decodeCursor, page, type TListQuery } from "../http/pagination";

/**
 * The projects the user belongs to, with their role and a document count; `onlyIds` narrows them
 * to a token's scope.
 */
export async function listProjects(options: { userId: string; query: TListQuery; onlyIds?: string[] | undefined }) {
  const rows = await db().project.findMany({
    where: {
      members: { some: { userId: options.userId } },
      ...(options.onlyIds ? { id: { in: options.onlyIds } } : {}),
      ...afterCursor(decodeCursor(options.query.cursor)),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.query.limit + 1,
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      members: { where: { userId: options.userId }, select: { role: true } },
      _count: { select: { documents: true, members: true } },
    },
  });
  return page(rows, options.query.limit, (p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    createdAt: p.createdAt.toISOString(),
    role: p.members[0]?.role ?? "viewer",
    documentCount: p._count.documents,
    memberCount: p._count.members,
  }));
}
