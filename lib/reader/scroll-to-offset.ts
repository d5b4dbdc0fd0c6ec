// Scrolls the text so that one character sits at a given height of the screen, measured from its
// rendered box (after the layout's estimate brought its block on screen).
import { blockAt, type Block } from "./blocks";
import { textNodeOf } from "./dom-offsets";
import type { RenderedBlocks } from "./viewport-highlights";

/** False when the character's block is not rendered yet. */
export function scrollToOffset(scroller: HTMLElement, blocks: readonly Block[], r: RenderedBlocks, offset: number, at: number): boolean {
  const i = blockAt(blocks, offset);
  const node = textNodeOf(r.elements[i - r.first]);
  if (!node) return false;
  const b = blocks[i]!;
  const from = Math.max(0, Math.min(offset - b.start, node.length - 1));
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, Math.min(node.length, from + 1));
  const dy = range.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += dy - scroller.clientHeight * at;
  return true;
}
