// The reader's calls to the public API, through the typed client.
import { type Answer, callApi } from "@/app/_lib/api/call-api";
import { createAnnotation as createContract, deleteAnnotation, getAnnotation, listAnnotationSpans, updateAnnotation } from "@/lib/http/contracts/annotations";
import { rejectSuggestion as rejectContract } from "@/lib/http/contracts/suggestions";
import type { Span } from "@/lib/reader";

export type AnnotationDetail = Answer<typeof getAnnotation>;

export type { ApiResult } from "@/app/_lib/api/call-api";

export const createAnnotation = (documentId: string, span: Span) => callApi(createContract, { params: { documentId }, body: span });

/** The span table of the annotations starting at `from` or later (the page brings those before). */
export const fetchSpans = (documentId: string, from: number) => callApi(listAnnotationSpans, { params: { documentId }, query: { from } });

export const fetchAnnotation = (annotationId: string) => callApi(getAnnotation, { params: { annotationId } });

export const saveNote = (annotationId: string, note: string | null) => callApi(updateAnnotation, { params: { annotationId }, body: { note } });

export const removeAnnotation = (annotationId: string) => callApi(deleteAnnotation, { params: { annotationId } });

/** Turns down a span the reader proposed; it is not proposed again on this version. */
export const rejectSuggestion = (documentId: string, span: Span) => callApi(rejectContract, { params: { documentId }, body: { start: span.start, end: span.end } });
