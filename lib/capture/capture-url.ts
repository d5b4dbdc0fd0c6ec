// One web page captured as evidence: fetched with what it needs (capture-page.ts), packed as a WACZ
// with its custody statement inside, and read for its article and metadata. Pure of the database:
// the job that calls it stores the result in one transaction.
import { extractArticle, type ExtractedArticle } from "./article/extract-article";
import { CAPTURE_SOFTWARE, CAPTURE_SOFTWARE_LINE, CAPTURE_USER_AGENT } from "./capture-software";
import { capturePage, type CaptureLimits } from "./capture-page";
import type { Pacer } from "./fetch/host-pacer";
import { headerValue, type HttpExchange, type TlsPeer } from "./fetch/http-exchange";
import type { CaptureAllowlist } from "./guard/capture-allowlist";
import type { Resolver } from "./guard/guarded-lookup";
import { buildWacz, type Datapackage } from "./wacz/build-wacz";

export type CaptureCustody = {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  /** When the first request of the capture started. */
  capturedAt: string;
  completedAt: string;
  redirects: { url: string; status: number; location: string | null }[];
  response: { httpVersion: string; headers: [string, string][]; remoteAddress: string; remotePort: number; tls: TlsPeer | null };
  resources: { fetched: number; bytes: number; skipped: { url: string; reason: string }[] };
  software: typeof CAPTURE_SOFTWARE & { userAgent: string };
  requestedBy: { userId: string; name?: string | null };
};

export type CapturedPage = {
  wacz: Uint8Array;
  sha256: string;
  datapackage: Datapackage;
  custody: CaptureCustody;
  article: ExtractedArticle;
};

export async function captureUrl(
  url: string,
  opts: {
    allowlist: CaptureAllowlist;
    limits: CaptureLimits;
    pacer: Pacer;
    requestedBy: { userId: string; name?: string | null };
    resolver?: Resolver;
    now?: () => Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<CapturedPage> {
  const now = opts.now ?? (() => new Date());
  const page = await capturePage(url, {
    allowlist: opts.allowlist, limits: opts.limits, pacer: opts.pacer, userAgent: CAPTURE_USER_AGENT,
    resolver: opts.resolver, onProgress: opts.onProgress,
  });
  const final = page.pageHops[page.pageHops.length - 1] as HttpExchange;
  const first = page.pageHops[0] as HttpExchange;
  const article = extractArticle(page.html, { url: final.url, contentLanguage: headerValue(final.responseHeaders, "content-language") });
  const custody: CaptureCustody = {
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    httpStatus: final.status,
    capturedAt: first.startedAt,
    completedAt: now().toISOString(),
    redirects: page.pageHops.slice(0, -1).map((h) => ({ url: h.url, status: h.status, location: headerValue(h.responseHeaders, "location") ?? null })),
    response: { httpVersion: final.httpVersion, headers: final.responseHeaders, remoteAddress: final.remoteAddress, remotePort: final.remotePort, tls: final.tls },
    resources: { fetched: page.exchanges.length - page.pageHops.length, bytes: page.bytes, skipped: page.skipped },
    software: { ...CAPTURE_SOFTWARE, userAgent: CAPTURE_USER_AGENT },
    requestedBy: opts.requestedBy,
  };
  const wacz = await buildWacz({
    software: CAPTURE_SOFTWARE_LINE,
    capturedAt: custody.capturedAt,
    title: article.metadata.title ?? final.url,
    pageUrl: final.url,
    pageTs: final.startedAt,
    exchanges: page.exchanges,
    custody,
    text: article.text,
  });
  return { wacz: wacz.bytes, sha256: wacz.sha256, datapackage: wacz.datapackage, custody, article };
}
