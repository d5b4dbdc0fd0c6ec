// The opening of a long text: what the server renders of it while the browser loads the whole text
// beside the page (load-document-text.ts) instead of inside it. The blocks of the first render and
// the words they show are all that render needs; the browser, once it holds the whole text, cuts
// the same blocks from it (splitBlocks is deterministic) and renders the same first range, so the
// server's HTML is taken over as it is. The server reads only the text's first characters
// (OPENING_READ_CHARS) to find them. A block starting more than MAX_BLOCK_LENGTH characters before
// the last non-space character read is the whole text's own: where a long paragraph is cut depends
// only on the next MAX_BLOCK_LENGTH characters, and whether the paragraph goes on only on them and on
// the spaces after them, which the last non-space character settles.
import { type Block, MAX_BLOCK_LENGTH, splitBlocks } from "./blocks";
import { firstRange, RENDER_WHOLE_UP_TO } from "./render-range";

export interface TextOpening {
  /** The whole text's length in UTF-16 code units. */
  length: number;
  /** The blocks of the first render, the same as the whole text's first blocks. */
  blocks: Block[];
  /** The text up to the end of the last of those blocks: a prefix of the whole text. */
  head: string;
}

/** How much of a long text the server reads to find its opening: the first render's ~8,000 characters and room to spare. */
export const OPENING_READ_CHARS = 24_000;

/**
 * The opening of a text of `length` UTF-16 code units, from `prefix`, its first characters (the
 * whole text when not given a length): null when the text is short enough to render (and send) whole,
 * undefined when the prefix is too short to be sure of the opening (then ask again with the whole text).
 */
export function textOpening(prefix: string, length = prefix.length): TextOpening | null | undefined {
  if (length <= RENDER_WHOLE_UP_TO) return null;
  const whole = prefix.length >= length;
  const all = splitBlocks(prefix);
  const blocks = all.slice(0, firstRange(all, length).last + 1);
  const end = blocks.at(-1)?.end ?? 0;
  // Cut short by the prefix's end, a block or the range could differ from the whole text's.
  if (!whole && (blocks.length === all.length || end + MAX_BLOCK_LENGTH >= prefix.trimEnd().length)) return undefined;
  return { length, blocks, head: prefix.slice(0, end) };
}
