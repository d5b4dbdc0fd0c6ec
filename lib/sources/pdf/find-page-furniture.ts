// Running headers, footers and page numbers: lines at the top or bottom edge of a page whose text
// (digits ignored, so "Page 3" matches "Page 4") comes back at about the same height on other pages,
// and lone page numbers in those margins. They are kept out of the text so that sentences flowing
// over a page break are not cut by them.
import { lineKey, type Line } from "./group-lines";

export type PageLines = { height: number; lines: Line[] };

const EDGE_LINES = 3;
const MARGIN_SHARE = 0.15;
const PAGE_NUMBER = /^[\s\-–—|•·.(\[]*(?:page|p\.|pg\.|صفحه|الصفحة)?\s*[\p{Nd}ivxlcdm]{1,6}(?:\s*(?:\/|of|از|من)\s*\p{Nd}{1,6})?[\s\-–—|•·.)\]]*$/iu;

/** For each page, the lines that are furniture. */
export function findPageFurniture(pages: readonly PageLines[]): Set<Line>[] {
  const candidates = pages.map((page) => {
    // Running heads and page numbers are set no larger than the body text; headings are larger.
    const sizes = page.lines.map((l) => l.size).sort((a, b) => a - b);
    const body = sizes[sizes.length >> 1] ?? 0;
    return edgeLines(page).filter((l) => l.size <= body * 1.05);
  });
  const counts = new Map<string, number>();
  for (const lines of candidates) {
    const seen = new Set<string>();
    for (const line of lines) seen.add(keyOf(line));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.min(3, pages.length);
  return candidates.map((lines) => {
    const furniture = new Set<Line>();
    for (const line of lines) {
      const repeated = pages.length >= 2 && (counts.get(keyOf(line)) ?? 0) >= needed;
      if (repeated || PAGE_NUMBER.test(lineKey(line))) furniture.add(line);
    }
    return furniture;
  });
}

/** Lines among the first and last few of the page that sit in its top or bottom margin band. */
function edgeLines(page: PageLines): Line[] {
  const text = page.lines.filter((l) => lineKey(l) !== "");
  const top = text.slice(0, EDGE_LINES).filter((l) => l.y > page.height * (1 - MARGIN_SHARE));
  const bottom = text.slice(-EDGE_LINES).filter((l) => l.y < page.height * MARGIN_SHARE && !top.includes(l));
  return [...top, ...bottom];
}

/** Text with digits masked, and the height rounded to a band, so a running line matches itself. */
function keyOf(line: Line): string {
  return `${Math.round(line.y / 6)}|${lineKey(line).replace(/\p{Nd}+/gu, "#").toLowerCase()}`;
}
