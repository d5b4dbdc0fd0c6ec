// The API's view of an annotation as anchored on one document version.
import { type PageBounds, pageRange } from "../anchoring/page-range";
import type { Annotation, AnnotationAnchor } from "../db/generated/client";

type AnchorFields = Pick<AnnotationAnchor, "documentId" | "start" | "end" | "exact" | "prefix" | "suffix" | "codePointStart" | "codePointEnd">;

/** What the view reads of an annotation: a Prisma row, or a row read with one SQL statement. */
export type AnnotationFields = AnchorFields & Pick<Annotation, "id" | "projectId" | "status" | "note" | "createdById" | "createdAt" | "updatedAt" | "orphan">;

/**
 * `pages`: the pages of the document the anchor is on, when it is a paged source; the view then
 * names the physical pages the span starts and ends on.
 */
export function annotationView(a: AnnotationFields, anchor: AnchorFields & { confidence?: number; method?: string } = a, pages?: readonly PageBounds[] | null) {
  const onPages = a.status === "orphaned" ? null : pageRange(pages, anchor.start, anchor.end);
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
    ...(onPages ?? {}),
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
