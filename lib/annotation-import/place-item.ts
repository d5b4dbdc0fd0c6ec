// Where an imported target goes in a document's text: by its quote (and context), exactly first, then
// tolerant of whitespace and of page chrome that a capture left out (place-quote-tolerant.ts), using
// the position only to choose between equally fitting places or when the file names this very
// document version. Offsets taken from elsewhere (a web page's DOM text) are never trusted alone.
import { placeQuoteTolerant } from "../anchoring/place-quote-tolerant";
import type { QuoteIndex } from "../anchoring/quote-index";
import { resolveQuote } from "../anchoring/resolve-quote";
import { validateSpan } from "../anchoring/validate-span";
import type { Span } from "../anchoring/types";
import type { ImportItem } from "./parse-import";

export type PlaceFailure = { ok: false; reason: "not_found" | "ambiguous" | "no_quote" | "bad_position"; message: string };
export type Placement = ({ ok: true } & Span) | PlaceFailure;

const fitsAt = (text: string, item: ImportItem, at: Span) => {
  const q = item.quote;
  if (!q || text.slice(at.start, at.end) !== q.exact) return false;
  const prefix = q.prefix ?? "";
  const suffix = q.suffix ?? "";
  return text.slice(Math.max(0, at.start - prefix.length), at.start) === prefix && text.slice(at.end, at.end + suffix.length) === suffix;
};

/** `sameVersion`: the file's source names this exact document version, so its offsets count in this text. */
/** `index`: an index of `text` shared by every item placed on it (quote-index.ts). */
export function placeItem(text: string, item: ImportItem, sameVersion: boolean, index?: QuoteIndex): Placement {
  if (item.quote) {
    const found = resolveQuote(text, item.quote, index);
    if (found.ok) return { ok: true, start: found.start, end: found.end };
    if (found.reason === "ambiguous" && item.position && fitsAt(text, item, item.position)) return { ok: true, ...item.position };
    if (found.reason === "ambiguous") return { ok: false, reason: "ambiguous", message: found.message };
    // Quotes from a live web page: whitespace and the page's chrome around them differ from the
    // captured text; the tolerant placement allows for exactly that and nothing more.
    const tolerant = placeQuoteTolerant(text, item.quote);
    if (tolerant.ok) return { ok: true, start: tolerant.start, end: tolerant.end };
    if (tolerant.reason === "ambiguous") return { ok: false, reason: "ambiguous", message: tolerant.message };
    return { ok: false, reason: "not_found", message: tolerant.reason === "context_disagrees" ? tolerant.message : found.message };
  }
  if (!item.position) return { ok: false, reason: "no_quote", message: "The target has no TextQuoteSelector or TextPositionSelector." };
  if (!sameVersion) {
    return { ok: false, reason: "no_quote", message: "Only a position was given, and it was measured on another text; a TextQuoteSelector is needed to place it here." };
  }
  const check = validateSpan(text, item.position.start, item.position.end);
  if (!check.ok) return { ok: false, reason: "bad_position", message: check.message };
  return { ok: true, ...item.position };
}
