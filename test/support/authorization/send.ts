// Sends one cell's request to a route handler in-process, as Next would, with the principal's
// credentials, and reads the whole answer (a stream of server-sent events only up to its headers).
import "../next-async-storage";
import { NextRequest } from "next/server";
import type { Principal } from "@/lib/access/authorization-matrix";
import { randomClientAddress } from "../api";
import { inNextRequestScope } from "../next-request-scope";
import type { World } from "./world";

export type RouteHandler = (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;

export interface CellRequest {
  params?: Record<string, string | string[]>;
  /** Path and query; only the query matters to handlers. */
  url?: string;
  /** JSON unless a URLSearchParams (a form) or bytes (sent as they are, with the content-type given). */
  body?: unknown;
  headers?: Record<string, string>;
  /** For an allowed cell where the status alone does not prove success: what is wrong, or null. */
  unless?: (answer: CellAnswer) => string | null;
}

export interface CellAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export function credentials(world: World, who: Principal): Record<string, string> {
  if (who === "anonymous") return {};
  if (who === "revoked") return { authorization: `Bearer ${world.revokedToken}` };
  return { authorization: `Bearer ${world.team[who].token}` };
}

export async function send(handler: RouteHandler, method: string, key: string, req: CellRequest, auth: Record<string, string>): Promise<CellAnswer> {
  const headers = new Headers({ "x-forwarded-for": randomClientAddress(), ...auth, ...req.headers });
  let body: string | Blob | undefined;
  if (req.body instanceof Uint8Array) {
    body = new Blob([new Uint8Array(req.body)]);
  } else if (req.body instanceof URLSearchParams) {
    body = req.body.toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  } else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers.set("content-type", "application/json");
  }
  const abort = new AbortController();
  const request = new NextRequest(new URL(req.url ?? "/", "http://localhost:3000"), { method, headers, body, signal: abort.signal });
  const ctx = { params: Promise.resolve(req.params ?? {}) };
  const run = () => handler(request, ctx);
  // next-auth's own route reads next/headers, which needs Next's request scope.
  const path = key.slice(key.indexOf(" ") + 1);
  const res = path.startsWith("/api/auth/") ? await inNextRequestScope(request, `/app${path}/route`, run) : await run();
  if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
    abort.abort();
    await res.body?.cancel();
    return { status: res.status, headers: res.headers, text: "" };
  }
  return { status: res.status, headers: res.headers, text: await res.text() };
}
