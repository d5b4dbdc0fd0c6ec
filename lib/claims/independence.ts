// How independent the sources behind a set of agreeing claims are: each claim's originating
// asserter (after entity merges) is one origin; documents that carry an origin already carried by
// another document merely repeat it.

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
    /** Documents beyond the first for each origin: repetition, not corroboration. */
    repeatingDocuments: origins.reduce((n, o) => n + Math.max(0, o.documents - 1), 0),
    origins,
  };
}
