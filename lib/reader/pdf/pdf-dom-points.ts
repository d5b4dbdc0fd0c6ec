// From the DOM of the page view to unit points: which text layer span (data-unit, inside a page
// with data-page-index) a range boundary falls in, and before which character. A boundary on an
// element rather than in a span's text (between spans, on a line break, past the last word) goes
// to the nearest span in document order: the next one's start, or the previous one's end.
import type { UnitPoint } from "@/lib/pdf-view/selection-span";

const UNIT = ".pdf-page .textLayer [data-unit]";

function pointOfSpan(span: HTMLElement, char: number): UnitPoint | null {
  const page = span.closest<HTMLElement>(".pdf-page");
  if (!page) return null;
  const length = span.textContent?.length ?? 0;
  return { page: Number(page.dataset.pageIndex), unit: Number(span.dataset.unit), char: Math.max(0, Math.min(char, length)), length };
}

/** The unit point of a DOM boundary point inside `content` (the pages' container). */
export function unitPointOf(node: Node, offset: number, content: HTMLElement): UnitPoint | null {
  const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const span = host?.closest<HTMLElement>("[data-unit]");
  if (span && content.contains(span)) {
    if (node.nodeType === Node.TEXT_NODE) return pointOfSpan(span, offset);
    return pointOfSpan(span, offset === 0 ? 0 : (span.textContent?.length ?? 0));
  }
  // Between spans: the first span that starts after the boundary, else the last one before it.
  const probe = document.createRange();
  probe.setStart(node, offset);
  const spans = content.querySelectorAll<HTMLElement>(UNIT);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (probe.comparePoint(spans[mid]!, 0) > 0) hi = mid;
    else lo = mid + 1;
  }
  const next = spans[lo];
  if (next) return pointOfSpan(next, 0);
  const last = spans[spans.length - 1];
  return last ? pointOfSpan(last, last.textContent?.length ?? 0) : null;
}

/** The text node and offset in it for a unit's character, when its page's text layer is drawn. */
export function domPointOf(content: HTMLElement, page: number, unit: number, char: number): { node: Text; offset: number } | null {
  const span = content.querySelector<HTMLElement>(`.pdf-page[data-page-index="${page}"] .textLayer [data-unit="${unit}"]`);
  const node = span?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  return { node: node as Text, offset: Math.min(char, (node as Text).length) };
}
