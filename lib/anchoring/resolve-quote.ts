// Finds where a quote ({exact, prefix?, suffix?}) sits in a text, exactly, for creating annotations by quote.
// Fuzzy matching belongs to re-anchoring; here a near miss must be reported, not guessed.
import { splitsSurrogatePair } from "./code-points";
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

export function resolveQuote(text: string, quote: QuoteInput): QuoteResolution {
  const { exact, prefix = "", suffix = "" } = quote;
  if (exact.length === 0) return { ok: false, reason: "empty_quote", message: "The quote's exact text is empty." };
  const occurrences = findAll(text, exact);
  if (occurrences.length === 0) {
    return { ok: false, reason: "not_found", message: "The exact text does not occur in the document.", count: 0 };
  }
  const fitting = occurrences.filter(
    (s) => text.slice(Math.max(0, s - prefix.length), s) === prefix && text.slice(s + exact.length, s + exact.length + suffix.length) === suffix,
  );
  const [only] = fitting;
  if (fitting.length === 1 && only !== undefined) return { ok: true, start: only, end: only + exact.length };
  if (fitting.length === 0) {
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
