// Runs before every page and API route: a fresh CSP nonce for each page request, handed to Next
// through the request's own policy header (Next takes its scripts' nonce from there), and the
// security headers on every response. API responses are data and get a policy that allows nothing.
import { type NextRequest, NextResponse } from "next/server";
import { newNonce } from "./lib/security/content-security-policy";
import { dataHeaders, pageHeaders } from "./lib/security/response-headers";

export function proxy(request: NextRequest): NextResponse {
  const publicUrl = process.env.NEXTAUTH_URL;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
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
