// A route's contract, declared once: method and path, what it reads (query, body), what it
// answers, and whether it needs a caller. `handle()` (lib/http/handle.ts) makes the contract the
// validator of its route, and lib/http/openapi.ts builds the OpenAPI document from the same objects,
// so the document cannot drift from what the server accepts. Plain TypeScript, no server imports.
import type * as z from "zod";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Error statuses a route may answer besides those its contract implies (400; 401 with auth; 413, 415 with a body). */
export type ErrorStatus = 401 | 403 | 404 | 409 | 429;

export interface ResponseSpec {
  description: string;
  /** The JSON body (documentation; the handler builds it). Absent for 204 or a body left undescribed. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteContract {
  method: Method;
  /** OpenAPI path below /api/v1, parameters in braces: "/projects/{projectId}/claims". */
  path: string;
  /** Unique across the API; clients generated from the document name their methods by it. */
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** "required": a bearer token or a browser session; "none": anyone (the body may carry credentials). */
  auth: "required" | "none";
  /** Search parameters: an object schema whose keys are the parameter names. */
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A body that is not JSON (an uploaded file), read by the handler as a stream: documentation only. */
  rawBody?: { contentType: string; description: string };
  /** Body size ceiling in bytes (default: lib/http/read-json.ts's 1 MiB). */
  maxBodyBytes?: number;
  /** One entry per success status. */
  responses: Readonly<Record<number, ResponseSpec>>;
  errors?: readonly ErrorStatus[];
}

/** Declares a route's contract; `const` keeps the literal path and the schemas' own types. */
export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

type ParamNames<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | ParamNames<Rest> : never;

/** `"/projects/{projectId}/members/{userId}"` → `{ projectId: string; userId: string }`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

/** The parameter names of an OpenAPI path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}
