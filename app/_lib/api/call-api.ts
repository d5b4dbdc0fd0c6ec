// The browser's one way to the server: a call of an /api/v1 route by its contract
// (lib/http/contracts). The contract types the path parameters, the query and the body, and its
// response schema checks the answer before the page sees it, so an answer of another shape is a
// failure with a sentence, never a value of the wrong type. Answers `{ ok: true, data }` or
// `{ ok: false, failure }` and never throws, so callers always have something to show.
// To add a call: import the route's contract from lib/http/contracts and write
// `callApi(contract, { params, query, body })` (plus `onUploadProgress` for a long upload); the
// compiler checks the request and types the answer. Never fetch or XMLHttpRequest directly.
import type * as z from "zod";
import type { PathParams, RouteContract } from "@/lib/http/contract";
import { apiFailure, type ApiFailure } from "../api-error";
import { apiUrl, type QueryValue } from "./api-url";
import { sendRequest, type SentRequest, type Transport } from "./send-request";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

type OutputOf<R> = R extends { schema: infer S extends z.ZodType } ? z.output<S> : null;
/** What a successful call answers: the output of the contract's response schema (null for none). */
export type Answer<C extends RouteContract> = OutputOf<C["responses"][keyof C["responses"]]>;

type JsonBodyOf<C> = C extends { body: infer B extends z.ZodType } ? z.input<B> : never;
type RawBodyOf<C> = C extends { rawBody: object } ? Blob | FormData : never;
type BodyOf<C> = JsonBodyOf<C> | RawBodyOf<C>;

export type ApiRequest<C extends RouteContract> = ([keyof PathParams<C["path"]>] extends [never] ? { params?: undefined } : { params: PathParams<C["path"]> }) &
  (C extends { query: z.ZodObject } ? { query?: Readonly<Record<string, QueryValue>> } : { query?: undefined }) &
  ([BodyOf<C>] extends [never] ? { body?: undefined } : { body: BodyOf<C> }) &
  Pick<SentRequest, "onUploadProgress" | "onUploaded" | "headers"> & {
    /** How the request travels; the browser's XMLHttpRequest unless a test says otherwise. */
    transport?: Transport;
  };

const isRaw = (body: unknown): body is Blob | FormData => (typeof Blob !== "undefined" && body instanceof Blob) || (typeof FormData !== "undefined" && body instanceof FormData);

function unexpected(status: number): ApiFailure {
  return { ...apiFailure(status, null), code: "unexpected_answer", message: "The server answered in a form this page does not know; reload the page and try again." };
}

export async function callApi<const C extends RouteContract>(contract: C, request: ApiRequest<C>): Promise<ApiResult<Answer<C>>> {
  const { body } = request as { body?: unknown };
  const raw = isRaw(body);
  // A form's multipart type (with its boundary) is the browser's to set; bytes go as the contract says.
  const contentType = body === undefined || (raw && !(body instanceof Blob)) ? undefined : raw ? contract.rawBody?.contentType : "application/json";
  const answer = await (request.transport ?? sendRequest)({
    method: contract.method,
    url: apiUrl(contract, request.params ?? {}, request.query),
    body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    contentType,
    headers: request.headers,
    onUploadProgress: request.onUploadProgress,
    onUploaded: request.onUploaded,
  });
  if (answer.status < 200 || answer.status > 299) return { ok: false, failure: apiFailure(answer.status, answer.body) };
  const spec = contract.responses[answer.status];
  if (!spec) return { ok: false, failure: unexpected(answer.status) };
  if (!spec.schema) return { ok: true, data: null as Answer<C> };
  const parsed = spec.schema.safeParse(answer.body);
  return parsed.success ? { ok: true, data: parsed.data as Answer<C> } : { ok: false, failure: unexpected(answer.status) };
}
