// One key for all the ways one web page's address gets written: http or https, "www." or not, a
// default port, a trailing slash, a fragment, upper-case host, and the tracking parameters that
// newsletters and social sites append (utm_*, fbclid, gclid...). Annotations made on the live page
// name whichever form the annotator had open; the capture stores the one it fetched.
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|s_cid|oly_enc_id|oly_anon_id|vero_id|__twitter_impression|at_medium|at_campaign|cmpid|ocid|spm)$/i;

export function captureUrlKey(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
  const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/+$/, "") || "";
  return `${host}${port}${path}${query}`;
}

/** The host a key's page lives on, as a pattern for narrowing a database search (either www. form). */
export function captureUrlHost(input: string): string | null {
  try {
    return new URL(input.trim()).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}
