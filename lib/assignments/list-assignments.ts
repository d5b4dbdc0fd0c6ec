import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";

/** Assignments with progress (annotations and claims the person made on that document). */
export async function listAssignments(access: ProjectAccess, options: { userId?: string } = {}, window?: ListWindow) {
  const rows = await db().assignment.findMany({
    where: { projectId: access.projectId, ...(options.userId ? { userId: options.userId } : {}), ...window?.where },
    orderBy: window?.orderBy ?? [{ createdAt: "asc" }, { id: "asc" }],
    take: window?.take,
  });
  const documents = await db().document.findMany({
    where: { projectId: access.projectId, lineageId: { in: rows.map((r) => r.lineageId) } },
    select: { id: true, lineageId: true, version: true, title: true },
    orderBy: { version: "desc" },
  });
  const newest = new Map<string, (typeof documents)[number]>();
  for (const d of documents) if (!newest.has(d.lineageId)) newest.set(d.lineageId, d);
  return Promise.all(
    rows.map(async (r) => {
      const [annotations, claims] = await Promise.all([
        db().annotation.count({ where: { projectId: access.projectId, lineageId: r.lineageId, createdById: r.userId, deletedAt: null } }),
        db().claim.count({ where: { projectId: access.projectId, createdById: r.userId, evidence: { some: { documentId: { in: documents.filter((d) => d.lineageId === r.lineageId).map((d) => d.id) } } } } }),
      ]);
      const doc = newest.get(r.lineageId);
      return {
        id: r.id,
        documentId: doc?.id ?? r.lineageId,
        lineageId: r.lineageId,
        title: doc?.title ?? "",
        userId: r.userId,
        assignedBy: r.assignedById,
        createdAt: r.createdAt.toISOString(),
        submittedAt: r.submittedAt?.toISOString() ?? null,
        progress: { annotations, claims },
      };
    }),
  );
}
