// The article a reader came for, as the document's text: the page's chrome stripped, then Mozilla's
// Readability on linkedom's DOM, then laid out as text like any imported HTML (headings and
// paragraphs separated by a blank line). The full page text is kept beside it for a reader who
// needs what the extractor left out.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToPlainText } from "../../documents/html-to-plain-text";
import { readPageMetadata, type PageMetadata } from "./read-page-metadata";
import { stripPageChrome } from "./strip-page-chrome";

export type ExtractedArticle = {
  /** The article's text: what the document stores and every offset refers to. */
  text: string;
  /** The article's HTML as Readability kept it (scripts and styles gone), for reference. */
  html: string;
  /** Every word of the page body, chrome included. */
  fullText: string;
  metadata: PageMetadata;
  /** "readability" when it found an article; "full-page" when it did not and the page text stands in. */
  method: "readability" | "full-page";
};

export function extractArticle(html: string, opts: { url?: string; contentLanguage?: string } = {}): ExtractedArticle {
  const metadata = readPageMetadata(parseHTML(html).document as never, opts.contentLanguage);
  const fullText = htmlToPlainText(bodyOf(html));

  const { document } = parseHTML(html);
  stripPageChrome(document as never);
  // Readability drops the first heading when it equals the title; we keep the title in the text
  // so the document reads as the page does.
  const article = new Readability(document as never, { charThreshold: 300, keepClasses: false }).parse();
  const title = metadata.title ?? article?.title ?? undefined;
  if (!article?.content || !article.textContent?.trim()) {
    return { text: fullText, html: "", fullText, metadata: withTitle(metadata, title), method: "full-page" };
  }
  const body = htmlToPlainText(article.content);
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    text,
    html: article.content,
    fullText,
    metadata: drop({
      ...metadata,
      title,
      author: metadata.author ?? clean(article.byline),
      publisher: metadata.publisher ?? clean(article.siteName),
      language: metadata.language ?? clean(article.lang),
      publishedAt: metadata.publishedAt ?? isoDate(article.publishedTime),
    }),
    method: "readability",
  };
}

function bodyOf(html: string): string {
  const { document } = parseHTML(html);
  return document.body?.innerHTML ?? html;
}

function withTitle(m: PageMetadata, title: string | undefined): PageMetadata {
  return title ? { ...m, title } : m;
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

function isoDate(value: string | null | undefined): string | undefined {
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function drop<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
