// Three-way merge of a stale edit: what the person started from (base), what they want (mine) and
// the claim as it now is (theirs). A part changed on one side only takes that side; a part both
// changed differently is a conflict a person settles. Parts are the fields and attribution entries.
import canonicalize from "canonicalize";

export type Side = "mine" | "theirs";

export interface ClaimParts {
  fields: Record<string, unknown>;
  attribution: Record<string, unknown>;
}

export interface MergePart {
  /** "fields.count", "attribution.assertedBy". */
  path: string;
  group: keyof ClaimParts;
  key: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** Decided without asking: the one side that changed, or both changed alike. */
  auto?: Side;
}

const same = (a: unknown, b: unknown) => canonicalize(a ?? null) === canonicalize(b ?? null);

/** Every part either side changed, with the side to keep when only one did. */
export function mergeParts(base: ClaimParts, mine: ClaimParts, theirs: ClaimParts): MergePart[] {
  const out: MergePart[] = [];
  for (const group of ["fields", "attribution"] as const) {
    const keys = new Set([...Object.keys(base[group]), ...Object.keys(mine[group]), ...Object.keys(theirs[group])]);
    for (const key of [...keys].sort()) {
      const part = { path: `${group}.${key}`, group, key, base: base[group][key], mine: mine[group][key], theirs: theirs[group][key] };
      if (same(part.mine, part.theirs)) {
        if (!same(part.mine, part.base)) out.push({ ...part, auto: "theirs" });
      } else if (same(part.mine, part.base)) out.push({ ...part, auto: "theirs" });
      else if (same(part.theirs, part.base)) out.push({ ...part, auto: "mine" });
      else out.push(part);
    }
  }
  return out;
}

/** The claim as merged: theirs, with each part taken from the side chosen (or decided). */
export function applyMerge(theirs: ClaimParts, parts: readonly MergePart[], choices: Readonly<Record<string, Side>>): ClaimParts {
  const merged: ClaimParts = { fields: { ...theirs.fields }, attribution: { ...theirs.attribution } };
  for (const p of parts) {
    const side = choices[p.path] ?? p.auto;
    if (!side) throw new Error(`no side chosen for ${p.path}`);
    const value = side === "mine" ? p.mine : p.theirs;
    if (value === undefined || value === null) delete merged[p.group][p.key];
    else merged[p.group][p.key] = value;
  }
  return merged;
}

export const conflictsOf = (parts: readonly MergePart[]) => parts.filter((p) => !p.auto);
