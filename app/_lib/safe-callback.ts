// Where to go after signing in. Only a path on this site is accepted, so a crafted link cannot
// send someone elsewhere after they typed their password (an open redirect).

const FALLBACK = "/projects";

export function safeCallback(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return FALLBACK;
  let path = value;
  try {
    // next-auth may hand back an absolute URL on this same origin.
    if (/^https?:\/\//i.test(value) && typeof window !== "undefined") {
      const url = new URL(value);
      if (url.origin !== window.location.origin) return FALLBACK;
      path = url.pathname + url.search + url.hash;
    }
  } catch {
    return FALLBACK;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return FALLBACK;
  if (/^\/sign-(in|out|up)\b/.test(path)) return FALLBACK;
  return path;
}
