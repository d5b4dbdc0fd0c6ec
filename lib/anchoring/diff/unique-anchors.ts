// Finds safe places to cut two long texts into pieces that can be diffed separately: word trigrams that occur
// exactly once in each text, kept only where they appear in the same order (patience diff). A character diff of a
// whole 1 MB document with scattered edits is quadratic in practice; diffs of 2 kB pieces are not.

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

/** Start offset of every word trigram that occurs once in `text`, keyed by the trigram. */
function uniqueTrigrams(text: string): Map<string, number> {
  const starts: number[] = [];
  const words: string[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    words.push(m[0]);
  }
  const seen = new Map<string, number>();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    seen.set(key, seen.has(key) ? -1 : (starts[i] ?? 0));
  }
  return seen;
}

/** Indices of a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)). */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = prev[i] ?? -1) out.push(i);
  return out.reverse();
}

/**
 * Pairs [oldOffset, newOffset] at which both texts start with the same unique trigram, increasing in both, at
 * least `minGap` units apart in both, so the pieces between consecutive cuts can be diffed on their own.
 */
export function cutPoints(oldText: string, newText: string, minGap: number): [number, number][] {
  const inOld = uniqueTrigrams(oldText);
  const inNew = uniqueTrigrams(newText);
  const pairs: [number, number][] = [];
  for (const [key, a] of inOld) {
    const b = inNew.get(key);
    if (a >= 0 && b !== undefined && b >= 0) pairs.push([a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const chain = longestIncreasing(pairs.map((p) => p[1]));
  const cuts: [number, number][] = [];
  let last: [number, number] = [0, 0];
  for (const i of chain) {
    const p = pairs[i];
    if (p && p[0] - last[0] >= minGap && p[1] - last[1] >= minGap) {
      cuts.push(p);
      last = p;
    }
  }
  return cuts;
}
