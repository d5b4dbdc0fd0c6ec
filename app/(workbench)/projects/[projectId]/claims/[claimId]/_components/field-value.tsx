// One value of a claim, rendered by what it is: an entity (linked, in its own direction), a count
// ("≥ 30,000"), a period, a list of evidence spans, or text.
import type { EntityRef, EvidenceSpan } from "@/lib/claims/describe-claims";
import { truncate, valueText } from "../../../_claims/claim-summary";
import { EntityLink } from "../../../_claims/entity-link";
import { asCount, formatCount, formatPeriod, isPeriod } from "../../../_claims/format-count";

interface Props {
  projectId: string;
  value: unknown;
  /** "entity" for ids of entities, "evidence" for annotation ids. */
  as?: "entity" | "evidence" | "value";
  entities: Record<string, EntityRef>;
  spans?: Map<string, EvidenceSpan>;
}

export function FieldValue({ projectId, value, as = "value", entities, spans }: Props) {
  if (value === undefined || value === null || value === "") return <span className="muted">—</span>;
  if (Array.isArray(value) && as !== "value") {
    if (value.length === 0) return <span className="muted">none</span>;
    return (
      <ul className="plain-list">
        {value.map((v, i) => (
          <li key={i}>
            <FieldValue projectId={projectId} value={v} as={as} entities={entities} spans={spans} />
          </li>
        ))}
      </ul>
    );
  }
  if (as === "entity" && typeof value === "string") return <EntityLink projectId={projectId} id={value} entity={entities[value]} />;
  if (as === "evidence" && typeof value === "string") {
    const span = spans?.get(value);
    return span?.exact ? (
      <q dir="auto" title={span.documentTitle ?? undefined}>
        {truncate(span.exact, 90)}
      </q>
    ) : (
      <code>{value}</code>
    );
  }
  const count = asCount(value);
  if (count) return <span className="nowrap">{formatCount(count)}</span>;
  if (isPeriod(value)) return <span>{formatPeriod(value)}</span>;
  if (typeof value === "string") return <span dir="auto" className="prewrap">{value}</span>;
  return <span>{valueText(value, () => undefined)}</span>;
}
