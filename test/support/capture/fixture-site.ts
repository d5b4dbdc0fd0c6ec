// A publisher's site for capture tests, served on 127.0.0.1 only: the five seed articles with their
// chrome, stylesheet (naming a font and a background image), script, images and icon; a redirect to
// each article; and a page whose article changes between captures (`site.revision`).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { seedPages, type SeedPage } from "./seed-pages";

// A 1x1 PNG: real image bytes for the image requests.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const CSS = `body{font-family:"Serif Test",serif;background:url(../img/bg.png)}
@font-face{font-family:"Serif Test";src:url("/fonts/serif.woff2") format("woff2")}
@import "/css/print.css";`;

export type FixtureSite = {
  origin: string;
  port: number;
  pages: SeedPage[];
  /** Which version of /articles/changing is served. */
  revision: number;
  /** Every request: path and time, to check pacing and what was fetched. */
  log: { path: string; at: number }[];
  changingArticle(revision: number): string[];
  close(): Promise<void>;
};

export async function startFixtureSite(port = 0): Promise<FixtureSite> {
  const pages = seedPages();
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] as string;
    site.log.push({ path, at: Date.now() });
    const page = /^\/articles\/([\w-]+)$/.exec(path)?.[1];
    if (page === "changing") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(changingHtml(site.changingArticle(site.revision)));
      return;
    }
    if (page && bySlug.has(page)) {
      // Written in two chunks without a length: served with chunked transfer coding, as many sites do.
      const html = (bySlug.get(page) as SeedPage).html;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-language": "en", "x-served-by": "fixture" });
      res.write(html.slice(0, 500));
      res.end(html.slice(500));
      return;
    }
    const redirect = /^\/r\/([\w-]+)$/.exec(path)?.[1];
    if (redirect) return void res.writeHead(301, { location: `/articles/${redirect}` }).end();
    if (path === "/css/site.css") return void res.writeHead(200, { "content-type": "text/css" }).end(CSS);
    if (path === "/css/print.css") return void res.writeHead(200, { "content-type": "text/css" }).end("@media print{nav{display:none}}");
    if (path === "/js/site.js") return void res.writeHead(200, { "content-type": "text/javascript" }).end("document.documentElement.dataset.js='1';");
    if (path === "/fonts/serif.woff2") return void res.writeHead(200, { "content-type": "font/woff2" }).end(Buffer.from("wOF2 test font bytes"));
    if (path.endsWith(".png")) return void res.writeHead(200, { "content-type": "image/png", "content-length": PNG.length }).end(PNG);
    if (path === "/files/report.pdf") return void res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const bound = (server.address() as AddressInfo).port;
  const site: FixtureSite = {
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    pages,
    revision: 1,
    log: [],
    changingArticle: (revision) => [
      "Witnesses describe the summer of 1988",
      "Former prisoners told the inquiry that the Death Commission met in Evin prison in late July 1988.",
      revision === 1
        ? "The commission questioned prisoners for a few minutes each before deciding their fate."
        : "The commission questioned prisoners for less than a minute each before deciding their fate, one witness said.",
      "Families were not told where the bodies were buried, and many still do not know.",
      "The inquiry will publish its findings next year, with the testimony of more than forty witnesses.",
    ],
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
  return site;
}

function changingHtml(paragraphs: string[]): string {
  const [title, ...body] = paragraphs;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Inquiry Watch"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${title}</h1>${body.map((p) => `<p>${p} ${"This paragraph is part of the article. ".repeat(2)}</p>`).join("")}</article>
<aside><h3>Latest news</h3><ul><li><a href="/x">Another story entirely</a></li></ul></aside>
<footer><p>Copyright Inquiry Watch</p></footer></body></html>`;
}
