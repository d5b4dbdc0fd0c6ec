// Edit distances that score how well a candidate place matches an anchor's quote and context.
import DiffMatchPatch from "diff-match-patch";

export const dmp = new DiffMatchPatch();
// A diff that runs out of time is still a valid diff, only a coarser one: anchors placed on it are verified anyway.
dmp.Diff_Timeout = 2;

// Above this many DP cells a diff-based distance is cheaper: it is near-linear when the strings are alike.
const DP_LIMIT = 40_000;

/**
 * Edit distance in UTF-16 code units, counting a swap of two neighbours as one edit (optimal string alignment):
 * "teh" is one slip away from "the", not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  if (a.length * b.length > DP_LIMIT) return dmp.diff_levenshtein(dmp.diff_main(a, b, false));
  const w = b.length + 1;
  let before = new Uint32Array(w);
  let prev = new Uint32Array(w).map((_, j) => j);
  let cur = new Uint32Array(w);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min((prev[j - 1] ?? 0) + (ca === cb ? 0 : 1), (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/**
 * Distance from `pattern` to the best-fitting substring of `text` that begins at text's start (`atStart`) or ends at
 * its end. Context is compared this way so that a few inserted or deleted characters next to a span cost only their
 * own number, instead of shifting a fixed-width window and paying twice.
 */
export function anchoredDistance(pattern: string, text: string, atStart: boolean): number {
  const p = atStart ? pattern : [...pattern].reverse().join("");
  const t = atStart ? text : [...text].reverse().join("");
  let prev = new Uint32Array(t.length + 1).map((_, j) => j);
  let cur = new Uint32Array(t.length + 1);
  for (let i = 1; i <= p.length; i++) {
    cur[0] = i;
    const cp = p.charCodeAt(i - 1);
    for (let j = 1; j <= t.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (cp === t.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(...prev);
}

/** Similarity of stored context to the text beside a candidate; missing context (text edge) counts as neutral. */
export function contextSimilarity(context: string, text: string, atStart: boolean): number {
  if (context.length === 0) return text.length === 0 ? 1 : 0.5;
  if (atStart ? text.startsWith(context) : text.endsWith(context)) return 1;
  return Math.max(0, 1 - anchoredDistance(context, text, atStart) / context.length);
}
