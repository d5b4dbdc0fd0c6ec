// Krippendorff's alpha for nominal data: 1 - observed / expected disagreement, computed from the
// coincidence matrix over units that at least two coders valued (Krippendorff 2011).

/** unit -> coder -> value; a coder who did not value a unit is simply absent. */
export type Reliability = Map<string, Map<string, string>>;

export function krippendorffAlphaNominal(data: Reliability): number | null {
  const coincidences = new Map<string, number>();
  const add = (c: string, k: string, w: number) => coincidences.set(`${c}\u0000${k}`, (coincidences.get(`${c}\u0000${k}`) ?? 0) + w);
  for (const coders of data.values()) {
    const values = [...coders.values()];
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<string, number>();
  let n = 0;
  for (const [key, w] of coincidences) {
    const c = key.split("\u0000")[0]!;
    totals.set(c, (totals.get(c) ?? 0) + w);
    n += w;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [key, w] of coincidences) {
    const [c, k] = key.split("\u0000");
    if (c !== k) observed += w;
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  expected /= n - 1;
  if (expected === 0) return 1;
  return 1 - observed / expected;
}
