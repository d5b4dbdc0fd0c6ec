// The agreement report in the words the page shows: annotator names instead of ids, field paths as
// labels ("Victim count · Count"), field values as text, each disagreement with its words.
import type { documentAgreement } from "@/lib/agreement/document-agreement";
import { valueText } from "../../../_claims/claim-summary";
import { humanize } from "../../../_claims/labels";

type Report = Awaited<ReturnType<typeof documentAgreement>>;

export interface Lookups {
  person: (id: string) => string;
  entity: (id: string) => string | undefined;
  typeName: (id: string) => string;
}

/** "type" → "Claim type"; "victim_count.count" → "Victim count · Count". */
export function fieldLabel(field: string, typeName: (id: string) => string): string {
  if (field === "type") return "Claim type";
  const dot = field.indexOf(".");
  return dot < 0 ? humanize(field) : `${typeName(field.slice(0, dot))} · ${humanize(field.slice(dot + 1))}`;
}

/** Krippendorff's guide: α ≥ 0.8 reliable, 0.667 to 0.8 tentative, below that not reliable. */
export function alphaReading(alpha: number | null): string {
  if (alpha === null) return "too few shared units";
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "low";
}

/** Every string inside a value, to look up which of them are entity ids. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

export function agreementView(report: Report, names: Lookups) {
  const unitQuote = new Map(report.units.map((u) => [u.unit, u.quote]));
  const pairs = report.pairs.map((p) => ({
    key: `${p.a}-${p.b}`,
    a: names.person(p.a),
    b: names.person(p.b),
    exactF1: p.exactF1,
    overlapF1: p.overlapF1,
    onlyA: p.onlyA.length,
    onlyB: p.onlyB.length,
    spans: [
      ...p.onlyA.map((s) => ({ start: s.start, end: s.end, quote: s.exact, by: names.person(p.a), notBy: names.person(p.b) })),
      ...p.onlyB.map((s) => ({ start: s.start, end: s.end, quote: s.exact, by: names.person(p.b), notBy: names.person(p.a) })),
    ].sort((x, y) => x.start - y.start),
  }));
  const fields = report.fields
    .map((f) => ({
      field: f.field,
      label: fieldLabel(f.field, names.typeName),
      alpha: f.alpha,
      reading: alphaReading(f.alpha),
      units: f.units,
      disagreements: f.disagreements.map((d) => ({
        unit: d.unit,
        quote: unitQuote.get(d.unit) ?? "",
        values: Object.entries(d.values).map(([coder, v]) => ({
          coder: names.person(coder),
          value: f.field === "type" && typeof v === "string" ? names.typeName(v) : valueText(v, names.entity),
        })),
      })),
    }))
    .sort((a, b) => (a.field === "type" ? -1 : b.field === "type" ? 1 : a.label.localeCompare(b.label)));
  return { pairs, fields };
}
export type AgreementView = ReturnType<typeof agreementView>;
