// The caller's address for rate limiting. The last x-forwarded-for entry is the one added by the
// nearest proxy (Next's own server when run alone), which a client cannot forge.
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const real = headers instanceof Headers ? headers.get("x-real-ip") : headers["x-real-ip"];
  return last ?? (typeof real === "string" ? real : undefined) ?? "unknown";
}
