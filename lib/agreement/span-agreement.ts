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

/** Pairs of overlapping spans, each span used once, largest overlaps first. */
export function overlapPairs(a: Span[], b: Span[]): [number, number][] {
  const candidates: { i: number; j: number; size: number }[] = [];
  for (const [i, x] of a.entries()) {
    for (const [j, y] of b.entries()) {
      const size = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      if (size > 0) candidates.push({ i, j, size });
    }
  }
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
  return {
    exactF1: f1(exactMatches(a, b), a.length, b.length),
    overlapF1: f1(pairs.length, a.length, b.length),
    onlyA: a.filter((_, i) => !pairs.some(([x]) => x === i)),
    onlyB: b.filter((_, j) => !pairs.some(([, y]) => y === j)),
  };
}
