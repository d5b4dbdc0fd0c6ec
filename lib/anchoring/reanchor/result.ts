// What re-anchoring answers for each anchor, and the thresholds that decide between placing and orphaning.
import type { Span } from "../types";
import type { Placement } from "./placement";

/**
 * How a placement was found: "unchanged" (same words, same context), "diff" (same words where the diff put
 * them, context edited), "diff_edited" (edited words where the diff put them), "quote" (the exact quote found
 * elsewhere, e.g. in a moved paragraph, with its context), "moved" (edited words followed into moved text).
 */
export type PlacementMethod = "unchanged" | "diff" | "diff_edited" | "quote" | "moved";

/**
 * Why an anchor was not placed: its span was not valid in the old text, its words are gone, they changed too
 * much to be sure, or several places fit about equally well (or the words beside an edge were duplicated).
 */
export type OrphanReason = "invalid_span" | "deleted" | "changed" | "ambiguous";

/** A place a person might re-attach an orphan to. */
export interface Candidate extends Span {
  /** 0..1, how well quote and context match there. */
  score: number;
}

export type ReanchorResult =
  | { status: "placed"; start: number; end: number; /** 0..1 */ confidence: number; method: PlacementMethod }
  | { status: "orphaned"; reason: OrphanReason; /** Up to 3, best first. */ candidates?: Candidate[] };

/** Thresholds, kept together so their trade-off (placed vs. orphaned, never wrong) is visible in one place. */
export const THRESHOLDS = {
  /** Unchanged words where the diff put them: the context may be edited, but not be unrecognisable. */
  keptContext: 0.4,
  /**
   * Edited words where a diff put them (the main one, or the diff of moved text): most of the old characters are
   * still there (words inserted inside do not count against it), the whole is still alike, the context too.
   */
  editedKept: 0.5,
  editedQuote: 0.5,
  editedContext: 0.5,
  /** Found by searching instead: no diff vouches for the place, so the context must. */
  foundQuote: 0.75,
  foundContext: 0.6,
  /** A place must beat every other plausible place (or copy of the quote) by this much, or it is ambiguous. */
  margin: 0.08,
} as const;

const context = (p: Placement) => (p.prefix + p.suffix) / 2;

/** Whether a placement carries enough evidence, given what vouches for it. */
export function convincing(p: Placement, evidence: "kept" | "diff" | "search"): boolean {
  const T = THRESHOLDS;
  if (evidence === "kept") return context(p) >= T.keptContext;
  if (evidence === "diff") return p.kept >= T.editedKept && p.quote >= T.editedQuote && context(p) >= T.editedContext;
  return p.quote >= T.foundQuote && context(p) >= T.foundContext;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function placed(p: Placement, method: PlacementMethod): ReanchorResult {
  return { status: "placed", start: p.start, end: p.end, confidence: round(p.score), method };
}

export function orphan(reason: OrphanReason, shortlist: Placement[] = []): ReanchorResult {
  const unique = shortlist.filter((c, i) => shortlist.findIndex((d) => d.start === c.start && d.end === c.end) === i);
  const candidates = unique.slice(0, 3).map((c) => ({ start: c.start, end: c.end, score: round(c.score) }));
  return { status: "orphaned", reason, ...(candidates.length ? { candidates } : {}) };
}
