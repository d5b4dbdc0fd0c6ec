// The small internal model of an anchor (offsets plus quote and context) shared by every anchoring module.
// All offsets count UTF-16 code units of the document's stored text, as the API does.

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span with its quote and context: everything needed to find it again in another version of the text. */
export interface AnchorQuote extends Span {
  /** `text.slice(start, end)`, always. */
  exact: string;
  /** Up to 32 code units before `start` (fewer at the start of the text or to keep a surrogate pair whole). */
  prefix: string;
  /** Up to 32 code units after `end`, with the same rules as `prefix`. */
  suffix: string;
}

/** What the API returns for an annotation's position. */
export interface SpanDescription extends AnchorQuote {
  /** `start` counted in Unicode code points, for consumers (Python, R) that index strings that way. */
  codePointStart: number;
  codePointEnd: number;
}

/** A W3C TextQuoteSelector's content: the quote and, optionally, the text around it. */
export interface QuoteInput {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type SpanErrorReason = "not_integer" | "out_of_range" | "empty" | "reversed" | "splits_surrogate_pair";
export type QuoteErrorReason = "empty_quote" | "not_found" | "ambiguous";

/** Why a span or quote was refused; the HTTP layer turns this into a 400 with `reason` as the machine code. */
export interface AnchoringError<R extends string> {
  reason: R;
  message: string;
  /** For "ambiguous": how many places still fit after prefix and suffix were applied. */
  count?: number;
}

export type Result<T, R extends string> = ({ ok: true } & T) | ({ ok: false } & AnchoringError<R>);
