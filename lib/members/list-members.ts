import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";

/** Members in the order they joined; the API passes a window to page them. */
export async function listMembers(access: ProjectAccess, window?: ListWindow) {
  const rows = await db().membership.findMany({
    where: { projectId: access.projectId, ...window?.where },
    orderBy: window?.orderBy ?? [{ createdAt: "asc" }, { userId: "asc" }],
    take: window?.take,
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    addedAt: m.createdAt.toISOString(),
  }));
}
