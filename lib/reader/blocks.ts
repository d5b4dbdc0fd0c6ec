// Cuts a document into the blocks the reader renders and virtualises: its paragraphs, with a long
// paragraph cut into chunks at sentence ends (or spaces) so that no block is much taller than a
// screen. Every block is an exact slice of the stored text, rendered as one text node, so a DOM
// position inside block b is simply `b.start + offset`. The blank lines between paragraphs belong
// to no block; nothing else is left out or changed.
import { splitsSurrogatePair } from "@/lib/anchoring/code-points";
import { splitParagraphs } from "./split-paragraphs";

export interface Block {
  /** Offset of the block's first character in the text (UTF-16 code units). */
  start: number;
  /** Offset just after its last character: the block shows `text.slice(start, end)`. */
  end: number;
  /** True when the block continues the paragraph of the block before it (no paragraph gap). */
  cont: boolean;
  /** Line breaks inside the block, which the height estimate counts as extra lines. */
  breaks: number;
}

/** About 15 lines of a reading column: small enough to virtualise finely, large enough to be few. */
export const MAX_BLOCK_LENGTH = 1600;

const SENTENCE_END = /[.!?؟۔…]["'”’»)\]]*\s+/g;
const SPACE = /\s+/g;

/** The last match of `re` ending inside (from + min, from + max], as the offset after it; -1 if none. */
function lastCut(text: string, re: RegExp, from: number, min: number, max: number): number {
  re.lastIndex = from + min;
  let cut = -1;
  for (let m = re.exec(text); m && m.index + m[0].length <= from + max; m = re.exec(text)) cut = m.index + m[0].length;
  return cut;
}

function countBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function splitBlocks(text: string, max = MAX_BLOCK_LENGTH): Block[] {
  const blocks: Block[] = [];
  for (const p of splitParagraphs(text)) {
    let start = p.start;
    let cont = false;
    while (p.end - start > max) {
      let cut = lastCut(text, SENTENCE_END, start, max / 2, max);
      if (cut === -1) cut = lastCut(text, SPACE, start, max / 4, max);
      if (cut === -1) cut = start + max;
      if (splitsSurrogatePair(text, cut)) cut -= 1;
      blocks.push({ start, end: cut, cont, breaks: countBreaks(text, start, cut) });
      start = cut;
      cont = true;
    }
    blocks.push({ start, end: p.end, cont, breaks: countBreaks(text, start, p.end) });
  }
  return blocks;
}

/** Index of the block containing `offset`, or of the first block after it when it falls in a gap. */
export function blockAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, blocks.length - 1);
}
