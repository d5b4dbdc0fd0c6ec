// Moves annotations from one version of a document to the next. The rule that shapes everything here: an anchor
// is never placed on the wrong words. It is placed only on evidence from both texts (where the diff says its
// words went, or a unique quote match whose context agrees); anything less goes to the orphan queue for a person.
import { quoteSpan } from "../describe-span";
import { Alignment } from "../diff/alignment";
import { MovedText } from "../diff/moved-text";
import { validateSpan } from "../validate-span";
import type { AnchorQuote, Span } from "../types";
import { findCandidates } from "./candidates";
import { OldPassages } from "./competitors";
import { edgeTrouble } from "./edge-checks";
import { isBoundary, scorePlacement, tidyEdges, type Placement } from "./placement";

export type PlacementMethod = "unchanged" | "diff" | "diff_edited" | "quote" | "moved";
export type OrphanReason = "invalid_span" | "deleted" | "changed" | "ambiguous";

export interface Candidate {
  start: number;
  end: number;
  /** 0..1, how well quote and context match there. */
  score: number;
}

export type ReanchorResult =
  | { status: "placed"; start: number; end: number; confidence: number; method: PlacementMethod }
  | { status: "orphaned"; reason: OrphanReason; candidates?: Candidate[] };

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
  /** A found place must beat every other plausible place by this much, or it is ambiguous. */
  margin: 0.08,
} as const;

const context = (p: Placement) => (p.prefix + p.suffix) / 2;
const T = THRESHOLDS;

/** Whether a placement carries enough evidence, given what vouches for it. */
function convincing(p: Placement, evidence: "kept" | "diff" | "search"): boolean {
  if (evidence === "kept") return context(p) >= T.keptContext;
  if (evidence === "diff") return p.kept >= T.editedKept && p.quote >= T.editedQuote && context(p) >= T.editedContext;
  return p.quote >= T.foundQuote && context(p) >= T.foundContext;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const round = (x: number) => Math.round(x * 1000) / 1000;

interface Texts {
  oldText: string;
  newText: string;
  alignment: Alignment;
  moved: MovedText;
  passages: () => OldPassages;
}

// Text the diff traces to some other old passage belongs to that passage; a share above this rules a place out.
const MAX_FOREIGN = 0.2;

/**
 * True when the place is not the anchor's to take: the diff traces it to another old passage, or another copy of
 * the quote that did not survive unchanged fits the place about as well as the anchor does.
 */
function contested({ oldText, newText, alignment, passages }: Texts, old: AnchorQuote, p: Placement): boolean {
  if (alignment.foreignShare(p.start, p.end, old.start, old.end) > MAX_FOREIGN) return true;
  const length = old.exact.length;
  const sameEdges = (o: number) => isBoundary(oldText, o) === isBoundary(oldText, old.start) && isBoundary(oldText, o + length) === isBoundary(oldText, old.end);
  // A copy the diff confidently places somewhere else has a home of its own and makes no claim on this place.
  const housedElsewhere = (o: number) => {
    const [s, e] = [alignment.mapStart(o), alignment.mapEnd(o + length)];
    return s.sure && e.sure && e.at > s.at && (e.at <= p.start || s.at >= p.end);
  };
  return passages()
    .rivalsOf(old)
    .some(
      (o) => sameEdges(o) && !housedElsewhere(o) && scorePlacement(newText, quoteSpan(oldText, o, o + length), p.start, p.end).score >= p.score - T.margin,
    );
}

function reanchorOne(texts: Texts, old: AnchorQuote): ReanchorResult {
  const { alignment, newText } = texts;
  // 1. Where the diff says the span's words went.
  const ms = alignment.mapStart(old.start);
  const me = alignment.mapEnd(old.end);
  const [s, e] = tidyEdges(alignment, old, ms.at, me.at);
  const mapped = e > s ? scorePlacement(newText, old, s, e) : undefined;
  let trouble = mapped && edgeTrouble(alignment, old, mapped);
  if (mapped && !trouble && ms.sure && me.sure) {
    const kept = alignment.isUnchanged(old.start, old.end);
    if (convincing(mapped, kept ? "kept" : "diff")) {
      if (contested(texts, old, mapped)) return orphan("ambiguous", [mapped]);
      return placed(mapped, kept ? (mapped.score === 1 ? "unchanged" : "diff") : "diff_edited");
    }
  }

  // 2. The words are not where the diff put them: search for them elsewhere (moved, or rewritten around).
  // (The diff's own place may turn up again here: found by search, it is judged as a search result.)
  const found = findCandidates(alignment, texts.moved, old);
  const all = [...(mapped ? [mapped] : []), ...found].sort((a, b) => b.score - a.score);
  const [best] = found;
  if (best && convincing(best, best.moved ? "diff" : "search")) {
    const rivals = all.filter((c) => !overlaps(c, best) && c.score >= best.score - T.margin);
    trouble = edgeTrouble(alignment, old, best);
    if (rivals.length > 0 || trouble === "repeated" || contested(texts, old, best)) return orphan("ambiguous", all);
    if (!trouble) return placed(best, best.moved ? "moved" : "quote");
  }
  return orphan(mapped ? "changed" : "deleted", all);
}

export function reanchor(oldText: string, newText: string, anchors: Span[]): ReanchorResult[] {
  const alignment = new Alignment(oldText, newText);
  let passages: OldPassages | undefined;
  const texts: Texts = { oldText, newText, alignment, moved: new MovedText(alignment), passages: () => (passages ??= new OldPassages(alignment)) };
  return anchors.map((anchor): ReanchorResult => {
    if (!validateSpan(oldText, anchor.start, anchor.end).ok) return { status: "orphaned", reason: "invalid_span" };
    const old = quoteSpan(oldText, anchor.start, anchor.end);
    if (oldText === newText) return { status: "placed", start: old.start, end: old.end, confidence: 1, method: "unchanged" };
    return reanchorOne(texts, old);
  });
}

function placed(p: Placement, method: PlacementMethod): ReanchorResult {
  return { status: "placed", start: p.start, end: p.end, confidence: round(p.score), method };
}

function orphan(reason: OrphanReason, shortlist: Placement[]): ReanchorResult {
  const unique = shortlist.filter((c, i) => shortlist.findIndex((d) => d.start === c.start && d.end === c.end) === i);
  const candidates = unique.slice(0, 3).map((c) => ({ start: c.start, end: c.end, score: round(c.score) }));
  return { status: "orphaned", reason, ...(candidates.length ? { candidates } : {}) };
}
