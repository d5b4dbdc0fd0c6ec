// Pairs the tokens of an old and a new stretch of text: each old word with the new word it became (itself, or an
// edited form of itself), or with nothing. Two strategies, because each fails where the other does not; callers
// trust an edge only when both agree on it.
import { editDistance, similarity } from "./edit-distance";

export const WORD = /^[\p{L}\p{M}\p{N}\u200c\u200d]/u;
// Above this many table cells a stretch is too big to pair (a rewritten chapter): nothing in it pairs, and
// anchors in it fall through to the quote search.
const MAX_CELLS = 250_000;

export interface Pairing {
  /** For each old token, the index of its new partner, or -1; and the reverse. */
  old: Int32Array;
  next: Int32Array;
}

const exactCost = (a: string, b: string) => (a === b ? 0 : Infinity);

/** Words pair with edited forms of themselves, other tokens only with their equals. */
export function fuzzyCost(a: string, b: string): number {
  if (a === b) return 0;
  // Lengths this far apart cannot reach similarity 0.5; most pairs in a table end here, cheaply.
  if (2 * Math.abs(a.length - b.length) > Math.max(a.length, b.length)) return Infinity;
  if (!WORD.test(a) || !WORD.test(b) || similarity(a, b) < 0.5) return Infinity;
  return editDistance(a, b);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

// Starting a run of unpaired tokens costs this much extra, so of two equally cheap pairings the one with fewer,
// longer runs wins: a repeated phrase pairs with the copy that keeps it in one piece, not with scattered words.
const OPEN = 2;
const NEVER = 1 << 30;

/**
 * Minimum-cost pairing of the given old and new token indices (each token costs its length to leave unpaired,
 * plus OPEN per run), by Gotoh's three-table dynamic programme.
 */
function pairUp(p: Pairing, olds: string[], news: string[], oi: number[], nj: number[], pairCost: (a: string, b: string) => number) {
  const n = oi.length;
  const m = nj.length;
  // The same few tokens (spaces, "the", commas) meet again and again: cost each distinct pair once.
  const ids = new Map<string, number>();
  const idOf = (t: string) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  const oldIds = oi.map((i) => idOf(olds[i] ?? ""));
  const newIds = nj.map((j) => idOf(news[j] ?? ""));
  const memo = new Map<number, number>();
  const costAt = (i: number, j: number) => {
    const key = (oldIds[i] ?? 0) * ids.size + (newIds[j] ?? 0);
    let c = memo.get(key);
    if (c === undefined) memo.set(key, (c = Math.min(NEVER, pairCost(a(i), b(j)))));
    return c;
  };
  const a = (i: number) => olds[oi[i] ?? 0] ?? "";
  const b = (j: number) => news[nj[j] ?? 0] ?? "";
  // Cheapest cost of old[0, i) against new[0, j) ending in a pair (P), an unpaired old (D) or new (I) token.
  // Integer tables (costs are whole numbers) with a clamped "impossible": a third of the memory of floats, which
  // matters for the garbage collector when a long rewritten passage is paired.
  const [P, D, I] = [0, 1, 2].map(() => new Int32Array((n + 1) * (m + 1)).fill(NEVER)) as [Int32Array, Int32Array, Int32Array];
  const at = (i: number, j: number) => i * (m + 1) + j;
  const v = (t: Int32Array, i: number, j: number) => t[at(i, j)] ?? NEVER;
  const set = (t: Int32Array, i: number, j: number, x: number) => (t[at(i, j)] = Math.min(NEVER, x));
  P[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i > 0 && j > 0) set(P, i, j, Math.min(v(P, i - 1, j - 1), v(D, i - 1, j - 1), v(I, i - 1, j - 1)) + costAt(i - 1, j - 1));
      if (i > 0) set(D, i, j, Math.min(v(P, i - 1, j) + OPEN, v(D, i - 1, j), v(I, i - 1, j)) + a(i - 1).length);
      if (j > 0) set(I, i, j, Math.min(v(P, i, j - 1) + OPEN, v(I, i, j - 1), v(D, i, j - 1)) + b(j - 1).length);
    }
  }
  const tables = [P, D, I];
  let state = [0, 1, 2].reduce((best, k) => (v(tables[k] ?? P, n, m) < v(tables[best] ?? P, n, m) ? k : best), 0);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const here = v(tables[state] ?? P, i, j);
    // Which table the step came from: the first whose value plus the step's cost reproduces this cell.
    const [pi, pj, step] = state === 0 ? [i - 1, j - 1, costAt(i - 1, j - 1)] : state === 1 ? [i - 1, j, a(i - 1).length] : [i, j - 1, b(j - 1).length];
    const extra = (k: number) => (state !== 0 && k === 0 ? OPEN : 0);
    const from = [0, 1, 2].find((k) => v(tables[k] ?? P, pi, pj) + extra(k) + step === here) ?? 0;
    if (state === 0) {
      p.old[oi[i - 1] ?? 0] = nj[j - 1] ?? 0;
      p.next[nj[j - 1] ?? 0] = oi[i - 1] ?? 0;
    }
    [i, j, state] = [pi, pj, from];
  }
}

/**
 * "exact-first": identical words first (spaces and punctuation are too common to prove anything), then edited
 * forms, spaces and punctuation in the gaps, so a near miss ("Raisi" with "crisis") cannot outbid words that
 * survived intact. "one-pass": everything at once, so a word inserted as a copy of its neighbour cannot steal the
 * pairing from the neighbour's edited original ("political 30,000 oplitical").
 */
export function pairTokens(olds: string[], news: string[], strategy: "exact-first" | "one-pass"): Pairing {
  const p: Pairing = { old: new Int32Array(olds.length).fill(-1), next: new Int32Array(news.length).fill(-1) };
  const [n, m] = [olds.length, news.length];
  if ((n + 1) * (m + 1) > MAX_CELLS) return p;
  if (strategy === "one-pass") {
    pairUp(p, olds, news, range(0, n), range(0, m), fuzzyCost);
    return p;
  }
  const words = (tokens: string[]) => tokens.flatMap((t, k) => (WORD.test(t) ? [k] : []));
  pairUp(p, olds, news, words(olds), words(news), exactCost);
  let i = 0;
  let j = 0;
  for (let k = 0; k <= n; k++) {
    const partner = k < n ? (p.old[k] ?? -1) : m;
    if (partner < 0) continue;
    if (k > i && partner > j) pairUp(p, olds, news, range(i, k), range(j, partner), fuzzyCost);
    i = k + 1;
    j = partner + 1;
  }
  return p;
}
