// Calls a route handler in-process with a real Request, as Next would, and reads its JSON answer.
import { randomInt } from "node:crypto";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  method?: string;
  /** Path and query, e.g. "/api/v1/projects?limit=2"; only the query matters to handlers. */
  url?: string;
  /** Sent as JSON unless it is already a string or a Blob (sent as is). */
  body?: unknown;
  token?: string;
  params?: P;
  headers?: Record<string, string>;
}

/** A parsed JSON answer. Loosely typed on purpose: tests assert its shape field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export interface CallResult<B = JsonBody> {
  status: number;
  headers: Headers;
  body: B;
}

/** A made-up client address per request (198.18.0.0/15 is reserved for tests), so failed
 * sign-ins in one test never count against another's address unless a test pins one. */
export function randomClientAddress(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function call<P = Record<string, never>, B = JsonBody>(
  handler: Handler<P>,
  options: CallOptions<P> = {},
): Promise<CallResult<B>> {
  const headers = new Headers({ "x-forwarded-for": randomClientAddress(), ...options.headers });
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | Blob | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" || options.body instanceof Blob ? options.body : JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const method = options.method ?? (body === undefined ? "GET" : "POST");
  const req = new Request(new URL(options.url ?? "/", "http://localhost:3000"), { method, headers, body });
  const res = await handler(req, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}
