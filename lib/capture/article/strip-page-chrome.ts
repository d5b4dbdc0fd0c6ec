// Page furniture removed before Readability scores the page. Readability alone keeps an <aside> of
// headlines when it is long enough, and lists of "Latest news" or "Recommended to you" look like
// content to it; an investigator's document must hold the article only.
type El = { tagName: string; textContent: string | null; remove(): void; closest(s: string): El | null; querySelector(s: string): El | null };
type Doc = { querySelectorAll(s: string): Iterable<El> };

const STRUCTURAL = [
  "nav", "aside", "form", "dialog", "noscript", "iframe",
  "[role=navigation]", "[role=complementary]", "[role=contentinfo]", "[role=banner]", "[role=search]", "[aria-hidden=true]",
  "#comments", "#respond", ".comments", ".comments-area", ".comment-list",
];

const CHROME_CLASS = /(^|[\s_-])(share|sharing|social|related|recommended|newsletter|sidebar|widget|breadcrumbs?|tags?|tag-?links|subscribe|popular|trending|most-read|must-read|latest|advert|ads?|promo|cookie|byline)([\s_-]|$)/i;

// A block whose heading says it is a list of other pages.
const CHROME_HEADING = /^\s*(latest news|latest|must read|recommended( to you| for you)?|you might also like|related( posts| articles| news)?|read more|more from|popular|trending|most read|leave a reply|comments?|share this|follow us|newsletter|tags)\b/i;

export function stripPageChrome(doc: Doc): void {
  for (const el of [...doc.querySelectorAll(STRUCTURAL.join(","))]) el.remove();
  // header/footer of the page, not those inside the article (an article's own header holds its title).
  for (const el of [...doc.querySelectorAll("header, footer")]) {
    if (!el.closest("article")) el.remove();
  }
  for (const el of [...doc.querySelectorAll("[class], [id]")]) {
    const attr = el as unknown as { getAttribute(n: string): string | null };
    const names = `${attr.getAttribute("class") ?? ""} ${attr.getAttribute("id") ?? ""}`;
    if (CHROME_CLASS.test(names) && !el.querySelector("h1")) el.remove();
  }
  for (const heading of [...doc.querySelectorAll("h2, h3, h4, h5, h6")]) {
    if (!CHROME_HEADING.test(heading.textContent ?? "")) continue;
    const block = heading.closest("section, div, ul");
    if (block && !block.querySelector("h1") && block.tagName !== "ARTICLE") block.remove();
  }
}
