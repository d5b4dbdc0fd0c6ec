// The opening of a long text: what the server renders of it while the browser loads the whole text
// beside the page (load-document-text.ts) instead of inside it. The blocks of the first render and
// the words they show are all that render needs; the browser, once it holds the whole text, cuts
// the same blocks from it (splitBlocks is deterministic) and renders the same first range, so the
// server's HTML is taken over as it is.
import { type Block, splitBlocks } from "./blocks";
import { firstRange, RENDER_WHOLE_UP_TO } from "./render-range";

export interface TextOpening {
  /** The whole text's length in UTF-16 code units. */
  length: number;
  /** The blocks of the first render, the same as the whole text's first blocks. */
  blocks: Block[];
  /** The text up to the end of the last of those blocks: a prefix of the whole text. */
  head: string;
}

/** The opening of `text`, or null when the text is short enough to render (and send) whole. */
export function textOpening(text: string): TextOpening | null {
  if (text.length <= RENDER_WHOLE_UP_TO) return null;
  const all = splitBlocks(text);
  const blocks = all.slice(0, firstRange(all, text.length).last + 1);
  return { length: text.length, blocks, head: text.slice(0, blocks.at(-1)?.end ?? 0) };
}
