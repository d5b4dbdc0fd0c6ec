// Moves annotations from one version of a document to the next. The rule that shapes everything here: an anchor
// is never placed on the wrong words. It is placed only on evidence from both texts (where the diff says its
// words went, or a unique quote match whose context agrees), with both edges beyond doubt and no other copy of
// the passage laying claim to the place; anything less goes to the orphan queue, with candidates, for a person.
import { quoteSpan } from "../describe-span";
import { Alignment } from "../diff/alignment";
import { MovedText } from "../diff/moved-text";
import type { AnchorQuote, Span } from "../types";
import { validateSpan } from "../validate-span";
import { findCandidates } from "./candidates";
import { contested, OldPassages, type Texts } from "./competitors";
import { edgeTrouble } from "./edge-checks";
import { scorePlacement, tidyEdges } from "./placement";
import { convincing, orphan, placed, THRESHOLDS, type ReanchorResult } from "./result";

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function reanchorOne(texts: Texts, old: AnchorQuote): ReanchorResult {
  const { alignment, newText } = texts;
  // 1. Where the diff says the span's words went.
  const ms = alignment.mapStart(old.start);
  const me = alignment.mapEnd(old.end);
  const [s, e] = tidyEdges(alignment, old, ms.at, me.at);
  const mapped = e > s ? scorePlacement(newText, old, s, e) : undefined;
  if (mapped && ms.sure && me.sure && !edgeTrouble(alignment, old, mapped)) {
    const kept = alignment.isUnchanged(old.start, old.end);
    if (convincing(mapped, kept ? "kept" : "diff")) {
      if (contested(texts, old, mapped)) return orphan("ambiguous", [mapped]);
      return placed(mapped, kept ? (mapped.score === 1 ? "unchanged" : "diff") : "diff_edited");
    }
  }

  // 2. Not there, or not surely: search elsewhere (a moved paragraph, or words rewritten around). The diff's own
  // place may turn up again; found by search, it is judged as a search result.
  const found = findCandidates(alignment, texts.moved, old);
  const all = [...(mapped ? [mapped] : []), ...found].sort((a, b) => b.score - a.score);
  const [best] = found;
  if (best && convincing(best, best.moved ? "diff" : "search")) {
    const rivals = all.filter((c) => !overlaps(c, best) && c.score >= best.score - THRESHOLDS.margin);
    const trouble = edgeTrouble(alignment, old, best);
    if (rivals.length > 0 || trouble === "repeated" || contested(texts, old, best)) return orphan("ambiguous", all);
    if (!trouble) return placed(best, best.moved ? "moved" : "quote");
  }
  return orphan(mapped ? "changed" : "deleted", all);
}

/**
 * Re-anchors spans of `oldText` in `newText`, one result per anchor, in order. The diff is computed once per
 * call, so pass all of a document's anchors together.
 */
export function reanchor(oldText: string, newText: string, anchors: Span[]): ReanchorResult[] {
  const alignment = new Alignment(oldText, newText);
  let passages: OldPassages | undefined;
  const texts: Texts = { oldText, newText, alignment, moved: new MovedText(alignment), passages: () => (passages ??= new OldPassages(alignment)) };
  return anchors.map((anchor): ReanchorResult => {
    if (!validateSpan(oldText, anchor.start, anchor.end).ok) return orphan("invalid_span");
    const old = quoteSpan(oldText, anchor.start, anchor.end);
    if (oldText === newText) return { status: "placed", start: old.start, end: old.end, confidence: 1, method: "unchanged" };
    return reanchorOne(texts, old);
  });
}
