// Public face of the anchoring library: pure text-position and text-quote logic, safe in the browser and on the server.
export { createCodePointIndex, splitsSurrogatePair, type CodePointIndex } from "./code-points";
export { CONTEXT_LENGTH, describeSpan, prefixBefore, quoteSpan, suffixAfter } from "./describe-span";
export { placeQuoteTolerant, type TolerantPlacement } from "./place-quote-tolerant";
export { resolveQuote, type QuoteResolution } from "./resolve-quote";
export { validateSpan, type SpanCheck } from "./validate-span";
export {
  parseW3cSelectors,
  toW3cSelectors,
  type ParsedSelectors,
  type ParseSelectorsResult,
  type W3cTextPositionSelector,
  type W3cTextQuoteSelector,
  type W3cTextSelector,
} from "./w3c";
export { reanchor } from "./reanchor/reanchor";
export { THRESHOLDS, type Candidate, type OrphanReason, type PlacementMethod, type ReanchorResult } from "./reanchor/result";
export type { AnchorQuote, AnchoringError, QuoteErrorReason, QuoteInput, Span, SpanDescription, SpanErrorReason } from "./types";
