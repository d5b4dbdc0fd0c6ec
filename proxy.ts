// Runs before every page and API route: a fresh CSP nonce for each page request, handed to Next
// through the request's own policy header (Next takes its scripts' nonce from there), and the
// security headers on every response. API responses are data and get a policy that allows nothing.
import { type NextRequest, NextResponse } from "next/server";
import { answerMethodNotAllowed } from "./lib/http/answer-unrouted";
import { allowedMethods, routeMatcher, type RouteEntry } from "./lib/http/match-route";
import { newNonce } from "./lib/security/content-security-policy";
import { dataHeaders, pageHeaders } from "./lib/security/response-headers";

const API_BASE = "/api/v1";
let matcher: ((pathname: string) => RouteEntry | undefined) | undefined;

/** next.config.js reads the route files' methods at build (lib/http/scan-route-table.js). */
function matchApiRoute(pathname: string): RouteEntry | undefined {
  matcher ??= routeMatcher(JSON.parse(process.env.API_V1_ROUTES ?? "[]") as RouteEntry[]);
  return matcher(pathname);
}

/** A method the route lacks: 405 with `Allow`, in the API's error shape (Next's own 405 is empty). */
function refuseMethod(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith(`${API_BASE}/`)) return undefined;
  const entry = matchApiRoute(pathname.slice(API_BASE.length));
  if (!entry) return undefined;
  const allow = allowedMethods(entry);
  return allow.includes(request.method) ? undefined : answerMethodNotAllowed(request.method, pathname, allow);
}

export function proxy(request: NextRequest): Response {
  const publicUrl = process.env.NEXTAUTH_URL;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = refuseMethod(request) ?? NextResponse.next();
    for (const [name, value] of Object.entries(dataHeaders({ publicUrl }))) response.headers.set(name, value);
    return response;
  }
  const headers = pageHeaders({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", publicUrl });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files are served as they are built; they carry no nonce and need none.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
