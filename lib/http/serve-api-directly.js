// The API's route handlers called straight from Node's HTTP server, without Next's request
// pipeline. Next spends 4-5 ms of CPU on every API request before and after the handler (its
// router, the proxy, request and response adapters, the response cache, tracing, web-stream piping),
// where the handlers themselves take well under a millisecond for most answers; on two cores that
// fixed cost was most of what a team of annotators waited for.
//
// Only what can be answered exactly as Next would is taken: a path made of plain segments (no
// escapes, no empty or dot segments, no trailing slash) that reaches a route file which exports
// the request's method. Everything else (HEAD and OPTIONS, a method a route lacks, an unknown
// path, anything Next would redirect or decode) is handed to Next unchanged, where the proxy and
// the catch-all route answer it as before. The handler receives what Next would give it: a
// Request for `http://localhost:<port><path>` (https when the forwarded protocol says so) with
// the request's headers, body and a signal aborted when the client goes away, and its params as a
// promise; the answer gets the same security headers the proxy adds, and the same framing Next
// uses (its own content-length, content-encoding and transfer-encoding dropped, the body chunked).
// Plain JavaScript because the app server (scripts/lib/app-server.mjs) runs without a TypeScript step.
import { dataHeaders } from "../security/data-headers.js";
import { routeMatcher } from "./match-route.js";

/**
 * @typedef {(req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>} RouteHandler
 * @typedef {{ path: string, methods: string[], handlers: Record<string, RouteHandler> }} DirectRoute
 * @typedef {import("node:http").IncomingMessage} IncomingMessage
 * @typedef {import("node:http").ServerResponse} ServerResponse
 */

/** A segment that reads the same decoded or not, and that Next routes as it is. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
/** Headers of a handler's answer that Next does not pass on: it frames the body itself. */
const FRAMING = new Set(["content-length", "content-encoding", "transfer-encoding"]);
/** Headers a handler's answer may add beside the same ones already set (Next's list). */
const REPEATABLE = new Set(["set-cookie", "www-authenticate", "proxy-authenticate", "vary"]);
const INTERNAL_ERROR = JSON.stringify({ error: { code: "internal", message: "Something went wrong on the server.", issues: [] } });

/**
 * @param {{ routes: DirectRoute[], port: number, publicUrl?: string | undefined, base?: string }} options
 * @returns {(req: IncomingMessage, res: ServerResponse) => boolean} serves the request and answers
 *   true, or answers false without touching it when Next should serve it
 */
export function apiDispatcher({ routes, port, publicUrl, base = "/api/v1" }) {
  const match = routeMatcher(routes);
  const security = Object.entries(dataHeaders({ publicUrl }));
  return (req, res) => {
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const pathname = q < 0 ? url : url.slice(0, q);
    if (!pathname.startsWith(`${base}/`)) return false;
    const parts = pathname.slice(base.length + 1).split("/");
    if (!parts.every((p) => PLAIN_SEGMENT.test(p))) return false;
    const route = match(pathname.slice(base.length));
    const handler = route?.handlers[req.method ?? ""];
    if (!route || !handler) return false;
    /** @type {Record<string, string>} */
    const params = {};
    route.path
      .split("/")
      .slice(1)
      .forEach((segment, i) => {
        if (segment.startsWith("{")) params[segment.slice(1, -1)] = parts[i] ?? "";
      });
    serve(req, res, handler, params, port, security).catch((error) => {
      // Nothing may reject unhandled in an app process: it would take every request in flight down with it.
      console.error(`failed to answer ${req.method} ${pathname}:`, error);
      res.destroy();
    });
    return true;
  };
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {RouteHandler} handler
 * @param {Record<string, string>} params
 * @param {number} port
 * @param {[string, string][]} security
 */
async function serve(req, res, handler, params, port, security) {
  for (const [name, value] of security) res.setHeader(name, value);
  /** @type {Response} */
  let response;
  try {
    response = await handler(toRequest(req, res, port), { params: Promise.resolve(params) });
  } catch (error) {
    // The handlers map their own errors to answers (lib/http/route.ts); this is the last resort.
    // The path without its query, which may carry what a log must not.
    console.error(`unhandled error in ${req.method} ${(req.url ?? "").split("?")[0]}:`, error);
    response = new Response(INTERNAL_ERROR, { status: 500, headers: { "content-type": "application/json; charset=utf-8" } });
  }
  await writeResponse(response, res);
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {number} port
 * @returns {Request}
 */
function toRequest(req, res, port) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const protocol = String(req.headers["x-forwarded-proto"] ?? "").includes("https") ? "https" : "http";
  const aborted = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(`${protocol}://localhost:${port}${req.url}`, {
    method,
    headers,
    signal: aborted.signal,
    ...(hasBody ? { body: /** @type {any} */ (req), duplex: "half" } : {}),
  });
}

/**
 * Until the client has read what was written, or has gone.
 * @param {ServerResponse} res
 * @returns {Promise<void>}
 */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/**
 * Status and headers, then the body as it comes, waiting whenever the client reads slower.
 * @param {Response} response
 * @param {ServerResponse} res
 */
export async function writeResponse(response, res) {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (FRAMING.has(name) || name === "set-cookie") return;
    if (REPEATABLE.has(name) || res.getHeader(name) === undefined) res.appendHeader(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) res.appendHeader("set-cookie", cookie);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const gone = () => {
    if (!res.writableFinished) reader.cancel().catch(() => {});
  };
  res.once("close", gone);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch (error) {
    // The body failed part-way: the client must see a broken answer, not a short one that looks whole.
    console.error(`the answer to a request failed while it was sent:`, error);
    res.destroy();
  } finally {
    res.off("close", gone);
  }
}
