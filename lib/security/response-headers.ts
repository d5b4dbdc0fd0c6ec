// The security headers the proxy puts on every response, pages and data alike.
import { DATA_POLICY, pagePolicy, type PagePolicyOptions } from "./content-security-policy";

const COMMON: Record<string, string> = {
  "x-content-type-options": "nosniff",
  // Links to sources and Wikidata must not tell other sites which project or claim was open.
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** HSTS only where the deployment says it is served over https (NEXTAUTH_URL). */
function transportHeaders(publicUrl: string | undefined): Record<string, string> {
  return publicUrl?.startsWith("https://") ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {};
}

export function pageHeaders(options: PagePolicyOptions & { publicUrl?: string }): Record<string, string> {
  return { ...COMMON, ...transportHeaders(options.publicUrl), "content-security-policy": pagePolicy(options) };
}

export function dataHeaders(options: { publicUrl?: string } = {}): Record<string, string> {
  return { ...COMMON, ...transportHeaders(options.publicUrl), "content-security-policy": DATA_POLICY };
}
