// Candidate spans for claims: counts beside casualty words ("more than 30,000 political prisoners
// were executed") and the names of known entities. Only proposals: a person accepts or rejects
// each, and nothing becomes an annotation or a claim without them.
import type { TCount } from "../types/shared";
import { CASUALTY_PATTERN, OUTCOME_PATTERN } from "./casualty-words";
import type { Mention } from "./find-mentions";
import { findCounts } from "./parse-count";

export type Suggestion =
  | { kind: "count"; start: number; end: number; count: TCount }
  | { kind: "entity"; start: number; end: number; entityId: string };

export interface SuggestOptions {
  /** Mentions of known entities in the text (see mentionFinder). */
  mentions: readonly Mention[];
  /** Spans to leave out: already annotated, or rejected before. */
  skip?: (start: number, end: number) => boolean;
  /** At most this many mentions of one entity are proposed (the first ones). */
  perEntity?: number;
  limit?: number;
}

// How far a casualty word may sit from the count, within the same line.
const AFTER = 90;
const BEFORE = 40;

const firstIn = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return pattern.exec(text);
};

/** The count with the casualty words after it ("30,000 prisoners were executed": up to what happened
 * to them, else to who they were), or the count alone when such a word comes just before it. */
function casualtyNear(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineEnd = text.indexOf("\n", end);
  // Within the sentence: a figure in the next sentence is about something else.
  let after = text.slice(end, Math.min(end + AFTER, lineEnd === -1 ? text.length : lineEnd));
  const stop = /[.;!?](\s|$)/.exec(after);
  if (stop) after = after.slice(0, stop.index);
  const next = firstIn(OUTCOME_PATTERN, after) ?? firstIn(CASUALTY_PATTERN, after);
  if (next) return { start, end: end + next.index + next[0].length };
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(lineStart, start - BEFORE);
  const before = [...text.slice(from, start).matchAll(CASUALTY_PATTERN)].pop();
  return before ? { start, end } : undefined;
}

export function suggestSpans(text: string, options: SuggestOptions): Suggestion[] {
  const skip = options.skip ?? (() => false);
  const out: Suggestion[] = [];
  for (const c of findCounts(text)) {
    const span = casualtyNear(text, c.start, c.end);
    if (span && !skip(span.start, span.end)) out.push({ kind: "count", ...span, count: c.count });
  }
  const seen = new Map<string, number>();
  for (const m of options.mentions) {
    const n = seen.get(m.entityId) ?? 0;
    if (n >= (options.perEntity ?? 3)) continue;
    if (skip(m.start, m.end)) continue;
    seen.set(m.entityId, n + 1);
    out.push({ kind: "entity", start: m.start, end: m.end, entityId: m.entityId });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.slice(0, options.limit ?? 300);
}
