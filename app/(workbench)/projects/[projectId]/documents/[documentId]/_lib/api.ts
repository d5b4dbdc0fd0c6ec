// The reader's calls to the public API.
import { apiCall } from "@/app/_lib/api-call";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { Span } from "@/lib/reader";

export type AnnotationDetail = Pick<
  AnnotationView,
  "id" | "documentId" | "start" | "end" | "exact" | "prefix" | "suffix" | "codePointStart" | "codePointEnd" | "status" | "note" | "createdBy" | "createdAt" | "updatedAt"
>;

const call = apiCall;

export type { ApiResult } from "@/app/_lib/api-call";

export const createAnnotation = (documentId: string, span: Span) =>
  call<AnnotationDetail>("POST", `/api/v1/documents/${encodeURIComponent(documentId)}/annotations`, span);

export const fetchAnnotation = (id: string) => call<AnnotationDetail>("GET", `/api/v1/annotations/${encodeURIComponent(id)}`);

export const saveNote = (id: string, note: string | null) =>
  call<AnnotationDetail>("PATCH", `/api/v1/annotations/${encodeURIComponent(id)}`, { note });

export const removeAnnotation = (id: string) => call<null>("DELETE", `/api/v1/annotations/${encodeURIComponent(id)}`);
