// The reader's calls to the public API (the session cookie authenticates them). Each answers
// `{ ok: true, data }` or `{ ok: false, failure }` and never throws, so callers always have a
// sentence to show.
import { apiFailure, type ApiFailure } from "@/app/_lib/api-error";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import type { Span } from "./dom-offsets";

export type AnnotationDetail = Pick<
  AnnotationView,
  "id" | "documentId" | "start" | "end" | "exact" | "prefix" | "suffix" | "codePointStart" | "codePointEnd" | "status" | "note" | "createdBy" | "createdAt" | "updatedAt"
>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

async function call<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, failure: apiFailure(0, null) };
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  return res.ok ? { ok: true, data: data as T } : { ok: false, failure: apiFailure(res.status, data) };
}

export const createAnnotation = (documentId: string, span: Span) =>
  call<AnnotationDetail>("POST", `/api/v1/documents/${encodeURIComponent(documentId)}/annotations`, span);

export const fetchAnnotation = (id: string) => call<AnnotationDetail>("GET", `/api/v1/annotations/${encodeURIComponent(id)}`);

export const saveNote = (id: string, note: string | null) =>
  call<AnnotationDetail>("PATCH", `/api/v1/annotations/${encodeURIComponent(id)}`, { note });

export const removeAnnotation = (id: string) => call<null>("DELETE", `/api/v1/annotations/${encodeURIComponent(id)}`);
