// The security headers the proxy puts on every response, pages and data alike.
import { COMMON_HEADERS, dataHeaders, transportHeaders } from "./data-headers.js";
import { pagePolicy, type PagePolicyOptions } from "./content-security-policy";

export { dataHeaders };

export function pageHeaders(options: PagePolicyOptions & { publicUrl?: string }): Record<string, string> {
  return { ...COMMON_HEADERS, ...transportHeaders(options.publicUrl), "content-security-policy": pagePolicy(options) };
}
