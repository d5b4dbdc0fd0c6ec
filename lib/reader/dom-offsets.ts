// Between DOM positions and document offsets. Every rendered block is an element carrying its start
// offset (data-start) with exactly one text node holding `text.slice(start, end)`, so a DOM point
// (text node, offset) is `start + offset`, and an offset becomes a DOM point in O(1). DOM offsets are
// logical (storage order), so this holds in right-to-left and mixed paragraphs too: what the person
// selected is what gets stored.
import { splitsSurrogatePair } from "@/lib/anchoring/code-points";

export interface Span {
  start: number;
  end: number;
}

const startOf = (el: Element) => Number((el as HTMLElement).dataset.start);
const endOf = (el: Element) => Number((el as HTMLElement).dataset.end);

/** The block element (a child of `content` with data-start) holding `node`, if any. */
export function blockElementOf(node: Node | null, content: HTMLElement): HTMLElement | null {
  let n: Node | null = node;
  while (n && n.parentNode !== content) n = n.parentNode;
  return n instanceof HTMLElement && n.dataset.start !== undefined ? n : null;
}

/** The document offset of a DOM boundary point, clamped to the rendered blocks when it lies outside them. */
export function offsetOfPoint(node: Node, offset: number, content: HTMLElement): number | null {
  const first = content.firstElementChild;
  const last = content.lastElementChild;
  if (!first || !last) return null;
  if (node === content) {
    const child = content.children[offset];
    return child ? startOf(child) : endOf(last);
  }
  const block = blockElementOf(node, content);
  if (!block) {
    // Outside the text (a selection dragged past its edges): clamp to the nearer end.
    const all = document.createRange();
    all.selectNodeContents(content);
    return all.comparePoint(node, offset) < 0 ? startOf(first) : endOf(last);
  }
  if (node.nodeType === Node.TEXT_NODE) return startOf(block) + Math.min(offset, node.textContent?.length ?? 0);
  // An element boundary inside the block: before or after its only text node.
  return offset === 0 ? startOf(block) : endOf(block);
}

/**
 * The span a DOM range selects in the text, with whitespace trimmed from both edges and never
 * splitting a surrogate pair (the edge moves inward). Null when nothing but whitespace is selected.
 */
export function spanOfRange(range: AbstractRange, content: HTMLElement, text: string): Span | null {
  let start = offsetOfPoint(range.startContainer, range.startOffset, content);
  let end = offsetOfPoint(range.endContainer, range.endOffset, content);
  if (start === null || end === null || start >= end) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (splitsSurrogatePair(text, start)) start++;
  if (splitsSurrogatePair(text, end)) end--;
  return start < end ? { start, end } : null;
}

/** Selects the words of a span in the rendered blocks of `content`; false while they are not rendered. */
export function selectTextSpan(content: HTMLElement, span: Span): boolean {
  const blocks = [...content.querySelectorAll<HTMLElement>(":scope > [data-start][data-end]")];
  const at = (offset: number) => blocks.find((b) => startOf(b) <= offset && offset <= endOf(b));
  const first = at(span.start);
  const last = at(span.end) ?? first;
  const from = textNodeOf(first);
  const to = textNodeOf(last);
  if (!first || !last || !from || !to) return false;
  const range = document.createRange();
  range.setStart(from, span.start - startOf(first));
  range.setEnd(to, Math.min(span.end - startOf(last), to.length));
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

/** The text node of a rendered block element. */
export function textNodeOf(block: Element | null | undefined): Text | null {
  const node = block?.firstChild;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}

/** The document offset of the character under a point of the screen, or null when there is none. */
export function characterAt(x: number, y: number, content: HTMLElement): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  if (!caret || !node || node.nodeType !== Node.TEXT_NODE) return null;
  const block = blockElementOf(node, content);
  if (!block) return null;
  // The caret falls between characters; the character hit is the one before or after it whose box
  // holds the point.
  const length = node.textContent?.length ?? 0;
  const range = document.createRange();
  for (const i of [caret.offset, caret.offset - 1]) {
    if (i < 0 || i >= length) continue;
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    for (const r of range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return startOf(block) + i;
    }
  }
  return null;
}

/** The block index (data-i) of the rendered block where the current selection starts, if any. */
export function selectionAnchorBlock(content: HTMLElement): number | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode) return null;
  const block = blockElementOf(selection.anchorNode, content);
  return block ? Number(block.dataset.i) : null;
}
