// Follows a page's redirects, each hop through the guard again (scheme, address, allowlist), and
// keeps every hop: the WARC records all of them and custody names the first and the last URL.
import { CaptureRefusal } from "../guard/capture-refusal";
import { fetchExchange, type FetchOptions } from "./fetch-exchange";
import { headerValue, type HttpExchange } from "./http-exchange";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function followRedirects(url: string, opts: FetchOptions & { maxRedirects?: number }): Promise<HttpExchange[]> {
  const hops: HttpExchange[] = [];
  let next = url;
  for (let i = 0; ; i++) {
    const exchange = await fetchExchange(next, opts);
    hops.push(exchange);
    const location = headerValue(exchange.responseHeaders, "location");
    if (!REDIRECTS.has(exchange.status) || !location) return hops;
    if (i >= (opts.maxRedirects ?? 10)) throw new CaptureRefusal("too_many_redirects", `more than ${opts.maxRedirects ?? 10} redirects from ${url}`);
    next = new URL(location, exchange.url).href;
  }
}
