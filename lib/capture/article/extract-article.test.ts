import { describe, expect, it } from "vitest";
import { seedPages } from "@/test/support/capture/seed-pages";
import { extractArticle } from "./extract-article";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("extractArticle on the seed articles as their publishers serve them", () => {
  for (const page of seedPages()) {
    it(`${page.slug}: the article, its headings and metadata, and none of the chrome`, () => {
      const result = extractArticle(page.html);
      expect(result.method).toBe("readability");
      const text = squash(result.text);
      expect(text.startsWith(squash(page.title))).toBe(true);
      // Every paragraph and heading is there, in order.
      let from = 0;
      for (const block of page.article) {
        const at = text.indexOf(squash(block), from);
        expect(at, `missing or out of order: ${block.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
        from = at;
      }
      // Paragraphs stay paragraphs: separated by blank lines.
      expect(result.text.split(/\n\n+/).length).toBeGreaterThanOrEqual(page.article.length);
      // No chrome line, unless the same words are also the article's own.
      const own = squash([page.title, ...page.article].join(" "));
      const chrome = page.chrome.filter((c) => !own.includes(squash(c)));
      expect(chrome.length).toBeGreaterThan(0);
      for (const line of chrome) expect(text, `chrome kept: ${line}`).not.toContain(squash(line));
      for (const word of ["Home", "About us", "Subscribe", "Tweet", "Newsletter"]) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`));
      // The full page text keeps what the article left out.
      for (const line of chrome) expect(squash(result.fullText)).toContain(squash(line));
      expect(result.metadata).toMatchObject({
        title: page.title,
        publisher: page.meta.publisher,
        publishedAt: new Date(page.meta.publishedAt).toISOString(),
        language: "en",
      });
      expect(result.metadata.author).toBe(page.meta.author ?? undefined);
    });
  }

  it("reads metadata from Open Graph, <time> and lang when there is no JSON-LD, and right-to-left pages", () => {
    const html = `<!doctype html><html lang="fa" dir="rtl"><head><title>عنوان صفحه</title>
      <meta property="og:site_name" content="رادیو فردا"><meta property="og:title" content="اعدام‌های ۱۳۶۷">
      <meta property="article:author" content="نویسنده"></head><body><nav><a href="/">خانه</a></nav>
      <article><h1>اعدام‌های ۱۳۶۷</h1><time datetime="2018-08-01T10:00:00+04:30">۱۰ مرداد</time>
      <p>${"در تابستان ۱۳۶۷ هزاران زندانی سیاسی در زندان‌های اوین و گوهردشت اعدام شدند. ".repeat(6)}</p>
      <h2>کمیسیون مرگ</h2><p>${"اعضای هیئت مرگ امروز در مقام‌های بالای حکومت هستند و هرگز پاسخگو نبوده‌اند. ".repeat(5)}</p></article>
      <aside><h3>آخرین اخبار</h3><ul><li>خبر دیگری از جای دیگر</li></ul></aside></body></html>`;
    const result = extractArticle(html);
    expect(result.metadata).toEqual(expect.objectContaining({
      title: "اعدام‌های ۱۳۶۷", publisher: "رادیو فردا", author: "نویسنده", language: "fa", publishedAt: "2018-08-01T05:30:00.000Z",
    }));
    expect(result.text).toContain("کمیسیون مرگ");
    expect(result.text).not.toContain("خبر دیگری");
    expect(result.text).not.toContain("خانه");
  });

  it("keeps a page's words when it has no article to speak of", () => {
    expect(extractArticle("<html><body><p>Short.</p></body></html>").text).toBe("Short.");
    expect(extractArticle("<html><body></body></html>")).toMatchObject({ text: "", method: "full-page" });
  });
});
