import type { ProjectAccess } from "../access/authorize-project";
import { visibleAuthor } from "../assignments/annotation-visibility";
import { db } from "../db/client";
import type { PageBounds } from "../anchoring/page-range";
import { annotationView } from "./annotation-view";

export interface AnnotationCursor {
  start: number;
  id: string;
}

/**
 * The annotations anchored on one document version, in text order (start offset, then id). Old
 * versions keep the anchors they had, so an old version reads as it was annotated.
 */
export async function listAnnotations(access: ProjectAccess, documentId: string, options: { limit?: number; after?: AnnotationCursor } = {}) {
  const { after } = options;
  const document = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { lineageId: true, pages: true } });
  const onlyBy = document ? await visibleAuthor(access, document.lineageId) : undefined;
  const anchors = await db().annotationAnchor.findMany({
    where: {
      projectId: access.projectId,
      documentId,
      annotation: { deletedAt: null, status: { not: "retired" }, ...(onlyBy ? { createdById: onlyBy } : {}) },
      ...(after ? { OR: [{ start: { gt: after.start } }, { start: after.start, annotationId: { gt: after.id } }] } : {}),
    },
    orderBy: [{ start: "asc" }, { annotationId: "asc" }],
    include: { annotation: true },
    ...(options.limit ? { take: options.limit } : {}),
  });
  const pages = (document?.pages ?? null) as PageBounds[] | null;
  return anchors.map((anchor) => annotationView(anchor.annotation, anchor, pages));
}

export function encodeAnnotationCursor(c: AnnotationCursor): string {
  return `${c.start}:${c.id}`;
}

export function decodeAnnotationCursor(cursor: string | undefined): AnnotationCursor | undefined {
  const match = cursor?.match(/^(\d{1,10}):([\w-]{1,64})$/);
  return match ? { start: Number(match[1]), id: match[2]! } : undefined;
}
