// Converts between the internal anchor (offsets, quote, context) and W3C Web Annotation text selectors. Parsing
// returns { parsed } or { error } naming what is missing, so the API can answer 400 with a precise message.
import type { AnchorQuote, QuoteInput, Span } from "./types";

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface W3cTextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * https://www.w3.org/TR/annotation-model/#text-position-selector. The model does not say which unit "character"
 * means (w3c/web-annotation#206); this codebase writes UTF-16 code units, like its API and the browser.
 */
export interface W3cTextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export type W3cTextSelector = W3cTextQuoteSelector | W3cTextPositionSelector;

/** https://www.w3.org/TR/annotation-model/#fragment-selector: a PDF page as RFC 3778 names it ("page=N"). */
export interface W3cFragmentSelector {
  type: "FragmentSelector";
  value: string;
  conformsTo: "http://tools.ietf.org/rfc/rfc3778";
}

/** The page a span starts on, for paged sources, beside the quote and position selectors. */
export function pageFragmentSelector(page: number): W3cFragmentSelector {
  return { type: "FragmentSelector", value: `page=${page}`, conformsTo: "http://tools.ietf.org/rfc/rfc3778" };
}

/** What a target's selectors say: a quote, a position, or both (both should agree; the caller checks). */
export interface ParsedSelectors {
  quote?: QuoteInput;
  position?: Span;
}

export type ParseSelectorsResult = { parsed: ParsedSelectors; error?: undefined } | { parsed?: undefined; error: string };

export function toW3cSelectors(anchor: AnchorQuote): [W3cTextQuoteSelector, W3cTextPositionSelector] {
  const quote: W3cTextQuoteSelector = { type: "TextQuoteSelector", exact: anchor.exact };
  // Empty context is left out rather than written as "", which some consumers read as "must be preceded by nothing".
  if (anchor.prefix) quote.prefix = anchor.prefix;
  if (anchor.suffix) quote.suffix = anchor.suffix;
  return [quote, { type: "TextPositionSelector", start: anchor.start, end: anchor.end }];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

function parseQuote(s: Record<string, unknown>): QuoteInput | string {
  if (typeof s.exact !== "string") return "TextQuoteSelector is missing exact (a string)";
  if (s.exact.length === 0) return "TextQuoteSelector has an empty exact";
  for (const key of ["prefix", "suffix"] as const) {
    if (s[key] !== undefined && typeof s[key] !== "string") return `TextQuoteSelector ${key} must be a string`;
  }
  const quote: QuoteInput = { exact: s.exact };
  if (typeof s.prefix === "string") quote.prefix = s.prefix;
  if (typeof s.suffix === "string") quote.suffix = s.suffix;
  return quote;
}

function parsePosition(s: Record<string, unknown>): Span | string {
  if (!isOffset(s.start)) return "TextPositionSelector is missing start (a non-negative integer)";
  if (!isOffset(s.end)) return "TextPositionSelector is missing end (a non-negative integer)";
  if (s.end < s.start) return "TextPositionSelector end is before start";
  return { start: s.start, end: s.end };
}

/** Accepts one selector or a list; selectors of other types (XPath, CSS, ...) are skipped, as the model allows. */
export function parseW3cSelectors(input: unknown): ParseSelectorsResult {
  if (input === undefined || input === null) return { error: "Missing selector" };
  const list: unknown[] = Array.isArray(input) ? input : [input];
  if (list.length === 0) return { error: "Missing selector: the list is empty" };
  const parsed: ParsedSelectors = {};
  for (const [i, s] of list.entries()) {
    if (!isRecord(s)) return { error: `Selector ${i} is not an object` };
    if (typeof s.type !== "string") return { error: `Selector ${i} is missing type` };
    if (s.type !== "TextQuoteSelector" && s.type !== "TextPositionSelector") continue;
    // A refinement narrows the selection to something this model cannot hold; refusing beats anchoring too wide.
    if (s.refinedBy !== undefined) return { error: `Selector ${i} uses refinedBy, which is not supported` };
    const key = s.type === "TextQuoteSelector" ? "quote" : "position";
    if (parsed[key]) return { error: `More than one ${s.type}` };
    const value = key === "quote" ? parseQuote(s) : parsePosition(s);
    if (typeof value === "string") return { error: value };
    if (key === "quote") parsed.quote = value as QuoteInput;
    else parsed.position = value as Span;
  }
  if (!parsed.quote && !parsed.position) return { error: "Missing selector: no TextQuoteSelector or TextPositionSelector" };
  return { parsed };
}
