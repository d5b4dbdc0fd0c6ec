// The Content-Security-Policy of every response. Pages get a fresh nonce per request: Next reads it
// from the request's policy header and puts it on its own scripts, and 'strict-dynamic' lets those
// scripts load the rest of the bundle, so no script that arrives inside data (a document's text, a
// note, an entity name) can ever run. API and export responses are data, never a page: they get a
// policy that allows nothing and sandboxes the document, so a file opened in the browser is inert.

export interface PagePolicyOptions {
  nonce: string;
  /** `next dev` rebuilds server error stacks with eval and styles its overlay inline; production needs neither. */
  dev?: boolean;
}

export function pagePolicy({ nonce, dev = false }: PagePolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // No 'unsafe-inline': React applies `style` props through the CSSOM, which the policy allows,
    // and nothing the server renders carries a style attribute or an un-nonced <style>. The
    // development server's error overlay does (and a nonce would make browsers ignore
    // 'unsafe-inline'), so there alone inline styles are allowed.
    dev ? ["style-src", "'self'", "'unsafe-inline'"] : ["style-src", "'self'", `'nonce-${nonce}'`],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

export { DATA_POLICY } from "./data-headers.js";

/** A nonce of 128 random bits, base64 (the CSP nonce-source alphabet). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce of a policy built by pagePolicy, as Next finds it. */
export function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1];
}
