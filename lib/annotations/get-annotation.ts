import type { ProjectAccess } from "../access/authorize-project";
import { visibleAuthor } from "../assignments/annotation-visibility";
import { db } from "../db/client";
import { notFound } from "../errors";
import type { PageBounds } from "../anchoring/page-range";
import { annotationView } from "./annotation-view";

export async function getAnnotation(access: ProjectAccess, annotationId: string) {
  const a = await db().annotation.findFirst({ where: { id: annotationId, projectId: access.projectId, deletedAt: null } });
  if (!a) throw notFound("annotation");
  const onlyBy = await visibleAuthor(access, a.lineageId);
  if (onlyBy && a.createdById !== onlyBy) throw notFound("annotation");
  const document = await db().document.findFirst({ where: { id: a.documentId, projectId: access.projectId }, select: { pages: true } });
  return annotationView(a, a, (document?.pages ?? null) as PageBounds[] | null);
}
