// The annotation filters, described as data so the filter bar renders any of them the same way.
// Today: by annotator and "only mine". Claim type and review status are listed, disabled, and fill in
// once claims exist: each needs only its options and a test added here.
import type { SpanPerson } from "@/lib/annotations/span-table";
import type { Ann, AnnotationIndex } from "./annotation-index";

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

export function annotationFilters(people: readonly SpanPerson[], index: AnnotationIndex, me: number): FilterDef[] {
  const counts = new Map<number, number>();
  for (const a of index.items) counts.set(a.person, (counts.get(a.person) ?? 0) + 1);
  const annotators = [...counts.keys()]
    .map((i) => ({ value: String(i), label: `${people[i]?.name ?? "Unknown"} (${counts.get(i)})` }))
    .sort((x, y) => x.label.localeCompare(y.label));
  return [
    { id: "annotator", label: "Annotator", kind: "select", options: annotators, test: (a, v) => String(a.person) === v },
    { id: "mine", label: "Only mine", kind: "toggle", options: [], test: (a) => a.person === me },
    { id: "claimType", label: "Claim type", kind: "select", options: [], pending: "Fill in once claims cite annotations." },
    { id: "status", label: "Status", kind: "select", options: [], pending: "Fill in once claims cite annotations." },
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
