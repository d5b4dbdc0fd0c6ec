import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export async function listMembers(access: ProjectAccess) {
  const rows = await db().membership.findMany({
    where: { projectId: access.projectId },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
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
