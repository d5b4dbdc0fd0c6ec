// How independent the sources behind a set of agreeing claims are: each claim's originating
// asserter (after entity merges) is one origin. Documents that could be set aside without losing
// any origin, because other documents carry every origin they carry, merely repeat.

export interface ClaimOrigin {
  origin: string;
  /** The sources (document lineages) whose words back the claim. */
  documents: string[];
}

export function summariseOrigins(claims: ClaimOrigin[]) {
  const byOrigin = new Map<string, { claims: number; documents: Set<string> }>();
  for (const c of claims) {
    const o = byOrigin.get(c.origin) ?? { claims: 0, documents: new Set<string>() };
    o.claims += 1;
    for (const d of c.documents) o.documents.add(d);
    byOrigin.set(c.origin, o);
  }
  const origins = [...byOrigin.entries()]
    .map(([origin, o]) => ({ origin, claims: o.claims, documents: o.documents.size }))
    .sort((a, b) => b.documents - a.documents || a.origin.localeCompare(b.origin));
  const allDocuments = new Set(claims.flatMap((c) => c.documents));
  return {
    claims: claims.length,
    documents: allDocuments.size,
    independentOrigins: origins.length,
    /** Documents that add no origin the others lack: repetition, not corroboration. */
    repeatingDocuments: allDocuments.size - originatingDocuments(claims),
    origins,
  };
}

/**
 * How many documents are needed to carry every origin, chosen greedily (most uncovered origins
 * first, ties by key), so the count errs towards calling a document original, not a repetition.
 * Lazily: a document's gain only shrinks as origins are covered, so its last known gain is an upper
 * bound, and only the document on top of the queue is re-counted (an event with ten thousand
 * claims would otherwise take seconds).
 */
export function originatingDocuments(claims: readonly ClaimOrigin[]): number {
  const originsOf = new Map<string, Set<string>>();
  for (const c of claims) for (const d of c.documents) originsOf.set(d, (originsOf.get(d) ?? new Set()).add(c.origin));
  const uncovered = new Set(claims.filter((c) => c.documents.length > 0).map((c) => c.origin));
  const queue = new GainQueue([...originsOf].map(([key, origins]) => ({ key, gain: origins.size })));
  let needed = 0;
  for (let top = queue.pop(); top && uncovered.size > 0; top = queue.pop()) {
    const origins = originsOf.get(top.key)!;
    let gain = 0;
    for (const o of origins) if (uncovered.has(o)) gain++;
    if (gain === 0) continue;
    if (gain < top.gain) {
      queue.push({ key: top.key, gain });
      continue;
    }
    needed += 1;
    for (const o of origins) uncovered.delete(o);
  }
  return needed;
}

interface Gain {
  key: string;
  gain: number;
}

/** A binary heap: the largest gain first, ties by the smallest key. */
class GainQueue {
  private readonly items: Gain[] = [];

  constructor(items: Gain[]) {
    for (const item of items) this.push(item);
  }

  private before(a: Gain, b: Gain): boolean {
    return a.gain > b.gain || (a.gain === b.gain && a.key < b.key);
  }

  push(item: Gain): void {
    const h = this.items;
    h.push(item);
    for (let i = h.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Gain | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || !last) return top;
    h[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  }
}
