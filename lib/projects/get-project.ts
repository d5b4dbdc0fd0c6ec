import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";

export async function getProject(access: ProjectAccess) {
  const p = await db().project.findUnique({
    where: { id: access.projectId },
    select: {
      id: true,
      name: true,
      description: true,
      createdAt: true,
      requiredApprovals: true,
      blindAnnotation: true,
      _count: { select: { documents: true, members: true } },
    },
  });
  if (!p) throw notFound("project");
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    createdAt: p.createdAt.toISOString(),
    role: access.role,
    settings: { requiredApprovals: p.requiredApprovals, blindAnnotation: p.blindAnnotation },
    documentCount: p._count.documents,
    memberCount: p._count.members,
  };
}
