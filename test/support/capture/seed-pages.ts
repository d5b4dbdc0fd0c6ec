// The five seed sources as their publishers' pages would serve them: the article in <article>, with
// headings, figures and a byline, and around it the chrome the hand-made copies picked up (site
// navigation, "Latest news", "Must read", "Recommended to you", share and follow boxes, comments,
// tags, copyright footers). Built from the seed texts, line by line, so every word of the article and
// of the chrome is the seed's own; `article` and `chrome` say which is which for the tests.
import { readFileSync } from "node:fs";
import path from "node:path";

export type SeedPage = {
  slug: string;
  html: string;
  title: string;
  /** Paragraphs and headings of the article, in order. */
  article: string[];
  /** Lines of page furniture that must stay out of the article text. */
  chrome: string[];
  meta: { publisher: string; author: string | null; publishedAt: string; language: string };
};

type Block = { kind: "p" | "h2" | "caption"; lines: number[] };
type Spec = {
  file: string;
  slug: string;
  site: string;
  titleLine: number;
  author: string | null;
  publishedAt: string;
  blocks: Block[];
  /** Chrome as [heading line or null, item lines...] groups placed in asides, comments and footers. */
  latest?: number[];
  mustRead?: number[];
  recommended?: number[];
  comments?: number[];
  footer: number[];
  crumbs: number[];
};

const p = (...lines: number[]): Block => ({ kind: "p", lines });
const h = (line: number): Block => ({ kind: "h2", lines: [line] });
const cap = (line: number): Block => ({ kind: "caption", lines: [line] });

const SPECS: Spec[] = [
  {
    file: "000_33eb88c9cdc5cc6a.txt", slug: "iran-hr-1988", site: "Iran Human Rights", titleLine: 3, author: null,
    publishedAt: "2016-09-07T09:00:00Z", crumbs: [1],
    blocks: [p(6), p(8), p(10), p(12), p(14), p(15), p(17), p(19), p(21)],
    latest: [23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47], mustRead: [49, 51, 53, 55, 57], recommended: [59, 60], footer: [],
  },
  {
    file: "001_645d71b2a558edf2.txt", slug: "call-for-prosecution", site: "NCRI Women's Committee", titleLine: 1, author: null,
    publishedAt: "2017-08-20T12:00:00Z", crumbs: [],
    blocks: [p(3), p(5), p(7), p(9), p(11)], recommended: [13], comments: [16], footer: [],
  },
  {
    file: "002_c70673dcfd7164ec.txt", slug: "condemnations", site: "MEK-Iran.com", titleLine: 1, author: null,
    publishedAt: "2020-09-14T08:30:00Z", crumbs: [],
    blocks: [cap(6), p(8), p(10), p(12), p(14), p(16), p(18), p(20), p(22), p(24), p(26), p(28)],
    latest: [3, 4], footer: [29, 31],
  },
  {
    file: "003_8ffa8dd6c7b02324.txt", slug: "world-powers-shamed", site: "MEK-Iran.com", titleLine: 7, author: null,
    publishedAt: "2021-06-22T10:00:00Z", crumbs: [1, 3, 5],
    blocks: [p(10), p(12), h(14), p(16), cap(19), p(22), p(24), cap(29), h(32), p(34), cap(37), h(39), p(41), cap(45),
      h(48), p(50), p(52), cap(55), h(58), p(60), p(62), p(64), cap(69), h(72), p(74), p(76), h(79), cap(81)],
    footer: [84, 86, 88, 90, 91],
  },
  {
    file: "004_26c36c6a27ceb9f3.txt", slug: "abject-failure", site: "MEK-Iran.com", titleLine: 3, author: "Staff Writer",
    publishedAt: "2018-12-28T07:15:00Z", crumbs: [1, 5],
    blocks: [p(7), p(9), p(11), p(13), p(15), p(17), p(19), p(21), p(23), p(25), p(28), p(30), p(32), p(34)],
    footer: [42, 44, 45],
  },
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function seedPages(seedDir = path.join(process.cwd(), "seeds/sources")): SeedPage[] {
  return SPECS.map((spec) => {
    const lines = readFileSync(path.join(seedDir, spec.file), "utf8").split("\n");
    const line = (n: number) => (lines[n - 1] ?? "").trim();
    const title = line(spec.titleLine);
    const article: string[] = [];
    const body: string[] = [];
    spec.blocks.forEach((block, i) => {
      const text = block.lines.map(line).join(" ");
      if (block.kind === "h2") {
        body.push(`<h2>${esc(text)}</h2>`);
        article.push(text);
      } else if (block.kind === "caption") {
        body.push(`<figure><img src="/img/${spec.slug}-${i}.png" alt="" width="640" height="360"><figcaption>${esc(text)}</figcaption></figure>`);
        article.push(text);
      } else {
        body.push(`<p>${esc(text)}</p>`);
        article.push(text);
      }
    });
    const list = (items: number[] | undefined, cls: string, id: string) => {
      if (!items?.length) return "";
      const [head, ...rest] = items;
      const entries = rest.map((n) => `<li><a href="/news/${n}">${esc(line(n))}</a></li>`).join("");
      return `<section class="${cls}" id="${id}"><h3>${esc(line(head as number))}</h3><ul>${entries}</ul></section>`;
    };
    const chromeLines = [
      ...spec.crumbs, ...(spec.latest ?? []), ...(spec.mustRead ?? []), ...(spec.recommended ?? []), ...(spec.comments ?? []), ...spec.footer,
    ].map(line).filter((s) => s.length > 0);
    const jsonLd = {
      "@context": "https://schema.org", "@type": "NewsArticle", headline: title, datePublished: spec.publishedAt,
      inLanguage: "en", publisher: { "@type": "Organization", name: spec.site },
      ...(spec.author ? { author: { "@type": "Person", name: spec.author } } : {}),
    };
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} | ${esc(spec.site)}</title>
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="${esc(spec.site)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${spec.publishedAt}">
${spec.author ? `<meta name="author" content="${esc(spec.author)}">` : ""}
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/favicon.png">
<script src="/js/site.js" defer></script>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/"><img src="/img/logo.png" alt="${esc(spec.site)}"></a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/reports">Reports</a></li><li><a href="/about">About us</a></li></ul></nav>
</header>
<div class="breadcrumbs">${spec.crumbs.map((n) => `<a href="/category/${n}">${esc(line(n))}</a>`).join(" › ")}</div>
<div class="layout">
<main>
<article class="post">
<h1 class="entry-title">${esc(title)}</h1>
<div class="byline">${spec.author ? `By <a rel="author" href="/author/staff">${esc(spec.author)}</a> · ` : ""}<time datetime="${spec.publishedAt}">${spec.publishedAt.slice(0, 10)}</time></div>
<div class="entry-content">
${body.join("\n")}
</div>
<div class="share-buttons"><a href="https://twitter.example/share">Tweet</a> <a href="https://facebook.example/share">Share</a></div>
</article>
${list(spec.recommended, "related-posts", "recommended")}
${spec.comments?.length ? `<section id="comments" class="comments-area"><h3>Leave a reply</h3><p class="nocomments">${esc(line(spec.comments[0] as number))}</p></section>` : ""}
</main>
<aside class="sidebar">
${list(spec.latest, "widget latest-news", "latest")}
${list(spec.mustRead, "widget must-read", "must-read")}
<div class="widget newsletter"><h3>Newsletter</h3><form action="/subscribe"><input name="email" aria-label="Email"><button>Subscribe</button></form></div>
</aside>
</div>
<footer class="site-footer">${spec.footer.map((n) => `<p>${esc(line(n))}</p>`).join("")}</footer>
</body>
</html>
`;
    return {
      slug: spec.slug, html, title, article, chrome: chromeLines,
      meta: { publisher: spec.site, author: spec.author, publishedAt: spec.publishedAt, language: "en" },
    };
  });
}
