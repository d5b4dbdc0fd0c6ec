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
 */
export function originatingDocuments(claims: readonly ClaimOrigin[]): number {
  const originsOf = new Map<string, Set<string>>();
  for (const c of claims) for (const d of c.documents) originsOf.set(d, (originsOf.get(d) ?? new Set()).add(c.origin));
  const uncovered = new Set(claims.filter((c) => c.documents.length > 0).map((c) => c.origin));
  const keys = [...originsOf.keys()].sort();
  let needed = 0;
  while (uncovered.size > 0) {
    let best: string | null = null;
    let gain = 0;
    for (const k of keys) {
      const g = [...originsOf.get(k)!].filter((o) => uncovered.has(o)).length;
      if (g > gain) [best, gain] = [k, g];
    }
    if (!best) break;
    needed += 1;
    for (const o of originsOf.get(best)!) uncovered.delete(o);
  }
  return needed;
}
