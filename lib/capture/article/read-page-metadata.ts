// Title, author, publisher, publication date and language from what the page says about itself:
// schema.org JSON-LD first (the publisher's structured statement), then Open Graph and article:*
// meta tags, then plain meta tags, <time> and the lang attribute. Absent stays absent.
type Node = { getAttribute(n: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): Node | null; querySelectorAll(s: string): Iterable<Node>; documentElement: Node | null };

export type PageMetadata = {
  title?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  language?: string;
  description?: string;
  canonicalUrl?: string;
};

export function readPageMetadata(doc: Doc, contentLanguage?: string): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute("content"));
  const time = doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime");
  const language = clean(doc.documentElement?.getAttribute("lang")) ?? ld.inLanguage ?? localeToLang(meta('meta[property="og:locale"]')) ??
    clean(contentLanguage?.split(",")[0]);
  return drop({
    title: ld.headline ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? clean(doc.querySelector("title")?.textContent),
    author: ld.author ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? clean(doc.querySelector('[rel="author"]')?.textContent),
    publisher: ld.publisher ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    publishedAt: isoDate(ld.datePublished) ?? isoDate(meta('meta[property="article:published_time"]')) ??
      isoDate(meta('meta[name="date"]')) ?? isoDate(meta('meta[itemprop="datePublished"]')) ?? isoDate(time),
    language: language?.toLowerCase(),
    description: meta('meta[property="og:description"]') ?? meta('meta[name="description"]'),
    canonicalUrl: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta('meta[property="og:url"]'),
  });
}

type LdFields = { headline?: string; author?: string; publisher?: string; datePublished?: string; inLanguage?: string };

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|WebPage|Report|ScholarlyArticle)$/;

function readJsonLd(doc: Doc): LdFields {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a page's broken JSON-LD says nothing
    }
    for (const item of flatten(data)) {
      const types = ([] as unknown[]).concat(item["@type"]).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      return {
        headline: str(item.headline) ?? str(item.name),
        author: names(item.author),
        publisher: names(item.publisher),
        datePublished: str(item.datePublished),
        inLanguage: str(item.inLanguage),
      };
    }
  }
  return {};
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (data && typeof data === "object") {
    const obj = data as Record<string, unknown>;
    return [obj, ...(Array.isArray(obj["@graph"]) ? flatten(obj["@graph"]) : [])];
  }
  return [];
}

function names(value: unknown): string | undefined {
  const list = ([] as unknown[]).concat(value ?? []).map((v) => (typeof v === "string" ? v : str((v as Record<string, unknown>)?.name)));
  const joined = list.filter(Boolean).join(", ");
  return joined || undefined;
}

const str = (v: unknown) => (typeof v === "string" ? clean(v) : undefined);

function clean(value: string | null | undefined): string | undefined {
  const s = value?.replace(/\s+/g, " ").trim();
  return s ? s : undefined;
}

function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function localeToLang(locale: string | undefined): string | undefined {
  return locale?.replace("_", "-");
}

function drop<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
