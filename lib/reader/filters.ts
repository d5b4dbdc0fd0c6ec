// The annotation filters, described as data so the filter bar renders any of them the same way:
// by annotator, "only mine", and by the type and review status of the claims resting on a span.
import type { SpanPerson } from "@/lib/annotations/span-table";
import type { Ann, AnnotationIndex } from "./annotation-index";
import { CLAIM_STATUS_LABELS } from "../claims/claim-status";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterDef {
  id: string;
  label: string;
  kind: "select" | "toggle";
  /** For "select": the choices after "any". */
  options: FilterOption[];
  /** Why the filter cannot be used yet; it is shown disabled with this hint. */
  pending?: string;
  /** Whether an annotation passes, for a chosen value ("" means the filter is off). */
  test?: (a: Ann, value: string) => boolean;
}

export type FilterValues = Readonly<Record<string, string>>;

/** The claims resting on each annotation: their type and status. */
export type ClaimsByAnnotation = ReadonlyMap<string, readonly { type: string; status: string }[]>;

export const NO_CLAIM = "__none";

const STATUS_LABELS: Record<string, string> = CLAIM_STATUS_LABELS;

function tally(index: AnnotationIndex, claims: ClaimsByAnnotation, key: "type" | "status"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of index.items) for (const v of new Set((claims.get(a.id) ?? []).map((c) => c[key]))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export function annotationFilters(
  people: readonly SpanPerson[],
  index: AnnotationIndex,
  me: number,
  claims: ClaimsByAnnotation = new Map(),
  typeNames: Readonly<Record<string, string>> = {},
): FilterDef[] {
  const counts = new Map<number, number>();
  for (const a of index.items) counts.set(a.person, (counts.get(a.person) ?? 0) + 1);
  const annotators = [...counts.keys()]
    .map((i) => ({ value: String(i), label: `${people[i]?.name ?? "Unknown"} (${counts.get(i)})` }))
    .sort((x, y) => x.label.localeCompare(y.label));
  const unclaimed = index.items.filter((a) => !claims.get(a.id)?.length).length;
  const types = [...tally(index, claims, "type")].map(([v, n]) => ({ value: v, label: `${typeNames[v] ?? v} (${n})` })).sort((x, y) => x.label.localeCompare(y.label));
  const statuses = [...tally(index, claims, "status")].map(([v, n]) => ({ value: v, label: `${STATUS_LABELS[v] ?? v} (${n})` }));
  const has = (a: Ann, key: "type" | "status", v: string) => (claims.get(a.id) ?? []).some((c) => c[key] === v);
  return [
    { id: "annotator", label: "Annotator", kind: "select", options: annotators, test: (a, v) => String(a.person) === v },
    { id: "mine", label: "Only mine", kind: "toggle", options: [], test: (a) => a.person === me },
    {
      id: "claimType",
      label: "Claim type",
      kind: "select",
      options: [...types, { value: NO_CLAIM, label: `No claim yet (${unclaimed})` }],
      test: (a, v) => (v === NO_CLAIM ? !claims.get(a.id)?.length : has(a, "type", v)),
    },
    { id: "status", label: "Claim status", kind: "select", options: statuses, test: (a, v) => has(a, "status", v) },
  ];
}

/** The combined test of the filters that are on, or null when every annotation passes. */
export function filterTest(defs: readonly FilterDef[], values: FilterValues): ((a: Ann) => boolean) | null {
  const active = defs.flatMap((d) => {
    const value = values[d.id];
    return value && d.test && !d.pending ? [(a: Ann) => d.test!(a, value)] : [];
  });
  if (!active.length) return null;
  return (a) => active.every((t) => t(a));
}
