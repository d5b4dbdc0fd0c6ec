// Finds where a quote ({exact, prefix?, suffix?}) sits in a text, exactly, for creating annotations by quote.
// Fuzzy matching belongs to re-anchoring; here a near miss must be reported, not guessed.
import { splitsSurrogatePair } from "./code-points";
import { createQuoteIndex, type QuoteIndex } from "./quote-index";
import type { QuoteErrorReason, QuoteInput, Result, Span } from "./types";

export type QuoteResolution = Result<Span, QuoteErrorReason>;

/** Every start of `exact` in `text`, overlapping ones included, that does not begin or end inside a surrogate pair. */
export function findAll(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    if (!splitsSurrogatePair(text, i) && !splitsSurrogatePair(text, i + exact.length)) found.push(i);
  }
  return found;
}

/** `index`: an index of this very text (quote-index.ts), when many quotes are placed on it. */
export function resolveQuote(text: string, quote: QuoteInput, index?: QuoteIndex): QuoteResolution {
  const { exact, prefix = "", suffix = "" } = quote;
  if (exact.length === 0) return { ok: false, reason: "empty_quote", message: "The quote's exact text is empty." };
  // The places where prefix, exact and suffix all fit are the occurrences of the three joined: one
  // search for a long string, rather than visiting every occurrence of a short quote and slicing
  // its context (an import places thousands of quotes on one long text).
  const fitting = (index ?? createQuoteIndex(text, { hashed: false }))
    .find(prefix + exact + suffix)
    .map((at) => at + prefix.length)
    .filter((s) => !splitsSurrogatePair(text, s) && !splitsSurrogatePair(text, s + exact.length));
  const [only] = fitting;
  if (fitting.length === 1 && only !== undefined) return { ok: true, start: only, end: only + exact.length };
  if (fitting.length === 0) {
    const occurrences = findAll(text, exact);
    if (occurrences.length === 0) {
      return { ok: false, reason: "not_found", message: "The exact text does not occur in the document.", count: 0 };
    }
    return {
      ok: false,
      reason: "not_found",
      message: `The exact text occurs ${occurrences.length} time(s), but never with the given prefix and suffix around it.`,
      count: 0,
    };
  }
  return {
    ok: false,
    reason: "ambiguous",
    message: `The exact text occurs ${fitting.length} times with this context; give a longer prefix or suffix, or offsets.`,
    count: fitting.length,
  };
}
