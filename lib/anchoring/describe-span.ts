// Describes a validated span the way the API stores it: offsets in both units plus the W3C quote and context.
import { createCodePointIndex, splitsSurrogatePair, type CodePointIndex } from "./code-points";
import type { AnchorQuote, SpanDescription } from "./types";

/** The W3C TextQuoteSelector convention, which Hypothesis and recogito also follow. */
export const CONTEXT_LENGTH = 32;

/** Up to `CONTEXT_LENGTH` units before `start`, one fewer when the cut would fall inside a surrogate pair. */
export function prefixBefore(text: string, start: number, length = CONTEXT_LENGTH): string {
  let from = Math.max(0, start - length);
  if (splitsSurrogatePair(text, from)) from += 1;
  return text.slice(from, start);
}

/** Up to `CONTEXT_LENGTH` units after `end`, one fewer when the cut would fall inside a surrogate pair. */
export function suffixAfter(text: string, end: number, length = CONTEXT_LENGTH): string {
  let to = Math.min(text.length, end + length);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return text.slice(end, to);
}

/** The quote and context of a span that passed `validateSpan`. */
export function quoteSpan(text: string, start: number, end: number): AnchorQuote {
  return { start, end, exact: text.slice(start, end), prefix: prefixBefore(text, start), suffix: suffixAfter(text, end) };
}

/**
 * Assumes the span passed `validateSpan`. Pass `index` when describing many spans of one text, so the code point
 * index is built once.
 */
export function describeSpan(text: string, start: number, end: number, index: CodePointIndex = createCodePointIndex(text)): SpanDescription {
  return {
    ...quoteSpan(text, start, end),
    codePointStart: index.toCodePoint(start),
    codePointEnd: index.toCodePoint(end),
  };
}
