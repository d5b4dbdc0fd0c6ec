// What a page needs to be seen again: stylesheets, scripts, images (src and srcset), icons, media
// posters, preloaded fonts, and the url()s and @imports of its CSS. Absolute http(s) URLs only,
// fragment-free, in document order, each once.
import { parseHTML } from "linkedom";

export function findHtmlSubresources(html: string, baseUrl: string): string[] {
  const { document } = parseHTML(html);
  const base = document.querySelector("base[href]")?.getAttribute("href");
  const root = base ? safeUrl(base, baseUrl) ?? baseUrl : baseUrl;
  const found: string[] = [];
  const add = (value: string | null | undefined) => {
    const url = value ? safeUrl(value.trim(), root) : null;
    if (url) found.push(url);
  };
  for (const el of document.querySelectorAll("link[href]")) {
    const rel = (el.getAttribute("rel") ?? "").toLowerCase();
    const as = (el.getAttribute("as") ?? "").toLowerCase();
    if (/\b(stylesheet|icon|apple-touch-icon|manifest)\b/.test(rel) || (/\b(preload|modulepreload)\b/.test(rel) && /^(style|script|font|image|)$/.test(as))) add(el.getAttribute("href"));
  }
  for (const el of document.querySelectorAll("script[src], img[src], input[type=image][src], iframe[src], embed[src], audio[src], video[src], source[src], track[src]")) {
    add(el.getAttribute("src"));
  }
  for (const el of document.querySelectorAll("img[srcset], source[srcset]")) {
    for (const candidate of (el.getAttribute("srcset") ?? "").split(",")) add(candidate.trim().split(/\s+/)[0]);
  }
  for (const el of document.querySelectorAll("video[poster]")) add(el.getAttribute("poster"));
  for (const el of document.querySelectorAll("style")) found.push(...findCssUrls(el.textContent ?? "", root));
  for (const el of document.querySelectorAll("[style]")) found.push(...findCssUrls(el.getAttribute("style") ?? "", root));
  return unique(found);
}

export function findCssUrls(css: string, baseUrl: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    const url = safeUrl((m[2] ?? m[4] ?? "").trim(), baseUrl);
    if (url) found.push(url);
  }
  return unique(found);
}

function safeUrl(value: string, base: string): string | null {
  if (!value || value.startsWith("data:") || value.startsWith("#")) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

const unique = (list: string[]) => [...new Set(list)];
