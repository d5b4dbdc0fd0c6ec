// The baseline: how the Hypothesis client re-anchors a text quote (src/annotator/anchoring/match-quote.ts), with
// the same weights and error budget, preceded by its position check (a TextPositionSelector is used when the text
// there still equals the quote). The error budget is Hypothesis's own, min(256, quote length / 2); the position
// hint (weight 2) is the old start. It always takes the best-scoring match, which is why it can be silently wrong.
import approxSearch from "approx-string-match";
import type { AnchorQuote, ReanchorResult } from "../../../lib/anchoring";

type Match = { start: number; end: number; errors: number };

function search(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let i = text.indexOf(str); i !== -1; i = text.indexOf(str, i + 1)) exact.push({ start: i, end: i + str.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const [best] = search(text, str, str.length);
  return best ? 1 - best.errors / str.length : 0;
}

export function hypothesisReanchor(newText: string, old: AnchorQuote): ReanchorResult {
  if (newText.slice(old.start, old.end) === old.exact) {
    return { status: "placed", start: old.start, end: old.end, confidence: 1, method: "unchanged" };
  }
  const { exact: quote, prefix, suffix } = old;
  const matches = search(newText, quote, Math.min(256, quote.length / 2));
  let best: { start: number; end: number; score: number } | undefined;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? textMatchScore(newText.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? textMatchScore(newText.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - old.start) / newText.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  if (!best) return { status: "orphaned", reason: "deleted" };
  return { status: "placed", start: best.start, end: best.end, confidence: best.score, method: "quote" };
}
