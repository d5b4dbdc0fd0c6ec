// The API's view of an annotation as anchored on one document version.
import type { Annotation, AnnotationAnchor } from "../db/generated/client";

type AnchorFields = Pick<AnnotationAnchor, "documentId" | "start" | "end" | "exact" | "prefix" | "suffix" | "codePointStart" | "codePointEnd">;

export function annotationView(a: Annotation, anchor: AnchorFields & { confidence?: number; method?: string } = a) {
  return {
    id: a.id,
    projectId: a.projectId,
    documentId: anchor.documentId,
    start: anchor.start,
    end: anchor.end,
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    codePointStart: anchor.codePointStart,
    codePointEnd: anchor.codePointEnd,
    status: a.status,
    note: a.note,
    createdBy: a.createdById,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    ...(anchor.confidence !== undefined ? { confidence: anchor.confidence, method: anchor.method } : {}),
    ...(a.status === "orphaned" ? { orphan: a.orphan } : {}),
  };
}
export type AnnotationView = ReturnType<typeof annotationView>;
