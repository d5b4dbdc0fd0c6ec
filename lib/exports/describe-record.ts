// A one-line, human-readable description of a claim for the W3C annotation's text body, e.g.
// "victim_count: count approx 30000, event Summer 1988 killings, outcome executed. Asserted by
// Amnesty International (asserts, estimated); reported by BBC."
import { allAttributeValues } from "../claims/attributes/describe-attributes";
import type { ClaimRecord } from "./claim-record";

function describeValue(value: unknown, entities: ClaimRecord["entities"]): string {
  if (typeof value === "string") return entities[value]?.name ?? value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => describeValue(v, entities)).join(", ");
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    // A count ("approx 30000", "range 2800–5000") or a period ("1988-07 – 1988-09").
    if (typeof o.kind === "string") return o.kind === "range" ? `range ${String(o.min)}–${String(o.max)}` : o.value !== undefined ? `${o.kind} ${String(o.value)}` : o.kind;
    if ("from" in o || "to" in o) return `${String(o.from ?? "…")} – ${String(o.to ?? "…")}`;
    return Object.entries(value)
      .map(([k, v]) => `${k} ${describeValue(v, entities)}`)
      .join(" ");
  }
  return "";
}

export function describeRecord(record: ClaimRecord): string {
  const fields = Object.entries(record.fields)
    .map(([key, value]) => `${key} ${describeValue(value, record.entities)}`)
    .join(", ");
  const a = record.attribution;
  const via = a.via.length ? ` via ${a.via.map((v) => v.name ?? v.id).join(" > ")}` : "";
  const reported = a.reportedBy ? `; reported by ${a.reportedBy.name ?? a.reportedBy.id}` : "";
  return `${record.type}: ${fields}. Asserted by ${a.assertedBy.name ?? a.assertedBy.id} (${allAttributeValues(a).join(", ")})${via}${reported}.`;
}
