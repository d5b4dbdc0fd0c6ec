// The browser's calls to the public API (the session cookie authenticates them). Each answers
// `{ ok: true, data }` or `{ ok: false, failure }` and never throws, so callers always have a
// sentence to show.
import { apiFailure, type ApiFailure } from "./api-error";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

export async function apiCall<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
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
