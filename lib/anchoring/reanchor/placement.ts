// Turns a mapped pair of offsets into a clean placement and scores it against the anchor's quote and context.
import { splitsSurrogatePair } from "../code-points";
import type { Alignment } from "../diff/alignment";
import { contextSimilarity, dmp, similarity } from "../diff/edit-distance";
import type { AnchorQuote } from "../types";

export interface Placement {
  start: number;
  end: number;
  /** Similarity of the placed text to the old quote. */
  quote: number;
  /** Share of the old quote's characters still found in the placed text (insertions do not lower it). */
  kept: number;
  /** Similarity of the text around it to the old prefix and suffix. */
  prefix: number;
  suffix: number;
  /** 0..1: the quote counts half, each side of context a quarter (Hypothesis weighs them alike). */
  score: number;
}

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;
const SPACE = /\s/u;

/** "w" word character (ZWNJ/ZWJ count, they sit inside Persian words), "s" space, "p" anything else, "" edge. */
export function charClass(text: string, i: number): string {
  if (i < 0 || i >= text.length) return "";
  let at = i;
  if (splitsSurrogatePair(text, i)) at = i - 1;
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return WORD.test(ch) ? "w" : SPACE.test(ch) ? "s" : "p";
}

export const isBoundary = (text: string, i: number) => charClass(text, i - 1) !== charClass(text, i);

/**
 * Keeps the placement's edges where the old span's edges were: no stray whitespace the quote did not have, and
 * when the span began (ended) at a word edge but a typo fix added letters there, the placement takes them in, so
 * it covers the edited word rather than part of it. Only inserted text is taken in, never kept neighbours.
 */
export function tidyEdges(alignment: Alignment, old: AnchorQuote, start: number, end: number): [number, number] {
  const { oldText, newText } = alignment;
  let s = start;
  let e = end;
  if (!SPACE.test(old.exact.slice(0, 1))) while (s < e && SPACE.test(newText.charAt(s))) s++;
  if (!SPACE.test(old.exact.slice(-1))) while (e > s && SPACE.test(newText.charAt(e - 1))) e--;
  if (s >= e) return [s, s];
  if (isBoundary(oldText, old.start)) {
    while (s > 0 && !isBoundary(newText, s) && !alignment.isKept(s - 1)) s--;
  }
  if (isBoundary(oldText, old.end)) {
    while (e < newText.length && !isBoundary(newText, e) && !alignment.isKept(e)) e++;
  }
  if (splitsSurrogatePair(newText, s)) s--;
  if (splitsSurrogatePair(newText, e)) e++;
  return [s, e];
}

// Context is compared over a window a little wider than itself, so that a few inserted characters cost only
// their own number.
const SLACK = 16;

function keptShare(before: string, after: string): number {
  if (before === after) return 1;
  const equal = dmp.diff_main(before, after, false).reduce((n, [op, text]) => n + (op === 0 ? text.length : 0), 0);
  return equal / before.length;
}

export function scorePlacement(newText: string, old: AnchorQuote, start: number, end: number): Placement {
  const placedText = newText.slice(start, end);
  const quote = similarity(old.exact, placedText);
  const kept = keptShare(old.exact, placedText);
  const prefix = contextSimilarity(old.prefix, newText.slice(Math.max(0, start - old.prefix.length - SLACK), start), false);
  const suffix = contextSimilarity(old.suffix, newText.slice(end, end + old.suffix.length + SLACK), true);
  return { start, end, quote, kept, prefix, suffix, score: 0.5 * quote + 0.25 * prefix + 0.25 * suffix };
}
