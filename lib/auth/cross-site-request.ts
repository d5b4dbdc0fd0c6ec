// Whether a request that changes something came from another site's page. Only requests that a
// browser authenticates by itself (the session cookie) can be forged that way; a bearer token is
// never sent unless the caller's own code adds it. Modern browsers label every request with
// Sec-Fetch-Site, and send Origin on every POST, PATCH and DELETE; a request with neither comes from
// a program, not from a page another site served, so it is let through (as Go's CrossOriginProtection
// does).
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** @param trustedOrigin the deployment's public origin (NEXTAUTH_URL), which a proxy may not pass on as Host. */
export function isCrossSiteRequest(req: Request, trustedOrigin?: string): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) return site !== "same-origin" && site !== "none";
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  if (host === undefined) return true;
  const allowed = [req.headers.get("x-forwarded-host"), req.headers.get("host"), trustedOrigin ? hostOf(trustedOrigin) : undefined];
  return !allowed.some((h) => h?.split(",")[0]?.trim() === host);
}
