// Fetches a page and what it needs to be seen again, every request through the guard and paced per
// host: the page (following redirects), then its subresources and the resources their CSS names,
// within a count and a byte budget. Resources that fail are listed, not fatal; the page failing is.
import { decodeHtml } from "./fetch/decode-body";
import type { FetchOptions } from "./fetch/fetch-exchange";
import { findCssUrls, findHtmlSubresources } from "./fetch/find-subresources";
import { followRedirects } from "./fetch/follow-redirects";
import type { Pacer } from "./fetch/host-pacer";
import { headerValue, type HttpExchange } from "./fetch/http-exchange";
import { CaptureRefusal } from "./guard/capture-refusal";

export type CaptureLimits = { maxResources: number; maxBytes: number; timeoutMs: number };

export type PageCapture = {
  requestedUrl: string;
  finalUrl: string;
  /** Every request and response, redirect hops included, in the order they were made. */
  exchanges: HttpExchange[];
  /** The hops of the page itself: the first is the requested URL, the last the final response. */
  pageHops: HttpExchange[];
  html: string;
  skipped: { url: string; reason: string }[];
  bytes: number;
};

export async function capturePage(
  url: string,
  opts: Omit<FetchOptions, "limits"> & { limits: CaptureLimits; pacer: Pacer; onProgress?: (done: number, total: number) => void },
): Promise<PageCapture> {
  let budget = opts.limits.maxBytes;
  const fetchOpts = (): FetchOptions => ({ ...opts, limits: { maxBytes: Math.max(1, budget), timeoutMs: opts.limits.timeoutMs } });
  const paced = async (target: string, accept?: string) => {
    await opts.pacer.wait(target, target === url ? "page" : "resource");
    const hops = await followRedirects(target, { ...fetchOpts(), accept });
    for (const hop of hops) budget -= hop.body.byteLength;
    return hops;
  };

  const pageHops = await paced(url);
  const page = pageHops[pageHops.length - 1] as HttpExchange;
  const type = headerValue(page.responseHeaders, "content-type") ?? "";
  if (!/^\s*(text\/html|application\/xhtml\+xml)/i.test(type)) {
    throw new CaptureRefusal("not_html", `${page.url} answered ${page.status} with ${type || "no content type"}, not a web page`);
  }
  if (page.status >= 400) throw new CaptureRefusal("fetch_failed", `${page.url} answered HTTP ${page.status}`);
  const html = decodeHtml(page, opts.limits.maxBytes);

  const exchanges = [...pageHops];
  const skipped: PageCapture["skipped"] = [];
  const queue = findHtmlSubresources(html, page.url);
  const seen = new Set([...queue, ...pageHops.map((h) => h.url)]);
  let done = 0;
  while (queue.length > 0) {
    const target = queue.shift() as string;
    if (done >= opts.limits.maxResources) {
      skipped.push({ url: target, reason: `over the limit of ${opts.limits.maxResources} resources` });
      continue;
    }
    if (budget <= 0) {
      skipped.push({ url: target, reason: `over the limit of ${opts.limits.maxBytes} bytes` });
      continue;
    }
    done += 1;
    opts.onProgress?.(done, Math.min(opts.limits.maxResources, done + queue.length));
    try {
      const hops = await paced(target, "*/*");
      exchanges.push(...hops);
      const last = hops[hops.length - 1] as HttpExchange;
      if (/text\/css/i.test(headerValue(last.responseHeaders, "content-type") ?? "")) {
        for (const next of findCssUrls(decodeHtml(last, opts.limits.maxBytes), last.url)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    } catch (error) {
      skipped.push({ url: target, reason: error instanceof CaptureRefusal ? `${error.code}: ${error.message}` : String(error) });
    }
  }
  return {
    requestedUrl: url,
    finalUrl: page.url,
    exchanges,
    pageHops,
    html,
    skipped,
    bytes: exchanges.reduce((n, e) => n + e.body.byteLength, 0),
  };
}
