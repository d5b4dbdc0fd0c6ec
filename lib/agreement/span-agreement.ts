// Agreement between two annotators' spans on one text: exact F1 (same start and end) and overlap
// F1 (spans that share any character, matched one to one, greedily by largest overlap).

export interface Span {
  start: number;
  end: number;
}

const f1 = (matches: number, a: number, b: number) => (a + b === 0 ? 1 : (2 * matches) / (a + b));

export function exactMatches(a: Span[], b: Span[]): number {
  const keys = new Map<string, number>();
  for (const s of b) keys.set(`${s.start}:${s.end}`, (keys.get(`${s.start}:${s.end}`) ?? 0) + 1);
  let matches = 0;
  for (const s of a) {
    const k = `${s.start}:${s.end}`;
    const left = keys.get(k) ?? 0;
    if (left > 0) {
      matches += 1;
      keys.set(k, left - 1);
    }
  }
  return matches;
}

interface Candidate {
  i: number;
  j: number;
  size: number;
}

/**
 * Every (i, j) whose spans share a character, found in one sweep by start: a pair is met when its
 * later-starting span arrives while the other is still open. Two annotators' 5,000 spans each cost
 * their overlaps, not 25 million comparisons.
 */
function overlapCandidates(a: Span[], b: Span[]): Candidate[] {
  const order = (spans: Span[]) => spans.map((_, k) => k).sort((x, y) => spans[x]!.start - spans[y]!.start);
  const byStartA = order(a);
  const byStartB = order(b);
  const candidates: Candidate[] = [];
  let openA: number[] = [];
  let openB: number[] = [];
  let p = 0;
  let q = 0;
  while (p < byStartA.length || q < byStartB.length) {
    const fromA = q >= byStartB.length || (p < byStartA.length && a[byStartA[p]!]!.start <= b[byStartB[q]!]!.start);
    if (fromA) {
      const i = byStartA[p++]!;
      const x = a[i]!;
      openB = openB.filter((j) => b[j]!.end > x.start);
      for (const j of openB) {
        const size = Math.min(x.end, b[j]!.end) - x.start;
        if (size > 0) candidates.push({ i, j, size });
      }
      openA.push(i);
    } else {
      const j = byStartB[q++]!;
      const y = b[j]!;
      openA = openA.filter((i) => a[i]!.end > y.start);
      for (const i of openA) {
        const size = Math.min(a[i]!.end, y.end) - y.start;
        if (size > 0) candidates.push({ i, j, size });
      }
      openB.push(j);
    }
  }
  return candidates;
}

/** Pairs of overlapping spans, each span used once, largest overlaps first. */
export function overlapPairs(a: Span[], b: Span[]): [number, number][] {
  const candidates = overlapCandidates(a, b);
  candidates.sort((p, q) => q.size - p.size || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs;
}

/** The unmatched spans come back as given (with whatever else they carry, e.g. their quote). */
export function spanAgreement<T extends Span>(a: T[], b: T[]) {
  const pairs = overlapPairs(a, b);
  const matchedA = new Set(pairs.map(([i]) => i));
  const matchedB = new Set(pairs.map(([, j]) => j));
  return {
    exactF1: f1(exactMatches(a, b), a.length, b.length),
    overlapF1: f1(pairs.length, a.length, b.length),
    onlyA: a.filter((_, i) => !matchedA.has(i)),
    onlyB: b.filter((_, j) => !matchedB.has(j)),
  };
}
