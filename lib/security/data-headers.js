// The security headers of every answer that is data, not a page (the API, exports, files): the
// proxy puts them on what Next serves, and the app server on the API answers it serves directly
// (scripts/lib/app-server.mjs). Plain JavaScript because that server runs without a TypeScript step.

/** The headers pages and data share. */
export const COMMON_HEADERS = Object.freeze({
  "x-content-type-options": "nosniff",
  // Links to sources and Wikidata must not tell other sites which project or claim was open.
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
});

/** For JSON, CSV, JSON Lines, zip: nothing may load or run, even when opened as a page. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * HSTS only where the deployment says it is served over https (NEXTAUTH_URL).
 * @param {string | undefined} publicUrl
 * @returns {Record<string, string>}
 */
export function transportHeaders(publicUrl) {
  return publicUrl?.startsWith("https://") ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {};
}

/**
 * @param {{ publicUrl?: string | undefined }} [options]
 * @returns {Record<string, string>}
 */
export function dataHeaders(options = {}) {
  return { ...COMMON_HEADERS, ...transportHeaders(options.publicUrl), "content-security-policy": DATA_POLICY };
}
