// The fields one event changed, before and after; for the event that created the claim, just the
// values it started with.
import type { EntityRef, EvidenceSpan } from "@/lib/claims/describe-claims";
import type { Change } from "../../../_claims/history-diff";
import { humanize } from "../../../_claims/labels";
import { FieldValue } from "./field-value";

interface Props {
  projectId: string;
  changes: Change[];
  initial: boolean;
  entityFields: string[];
  entities: Record<string, EntityRef>;
  spans: Map<string, EvidenceSpan>;
  labels: Record<string, string>;
}

const ENTITY_KEYS = new Set(["assertedBy", "reportedBy", "via"]);

export function ChangeTable({ projectId, changes, initial, entityFields, entities, spans, labels }: Props) {
  const label = (key: string) => {
    const field = key.replace(/^fields\./, "");
    return (key.startsWith("fields.") ? labels[field] : undefined) ?? humanize(field);
  };
  const as = (key: string) => (key === "evidence" ? "evidence" : ENTITY_KEYS.has(key) || entityFields.includes(key.replace(/^fields\./, "")) ? "entity" : "value");
  const shown = initial ? changes.filter((c) => !(Array.isArray(c.after) && c.after.length === 0)) : changes;
  if (shown.length === 0) return null;
  const value = (key: string, v: unknown) => <FieldValue projectId={projectId} value={v} as={as(key)} entities={entities} spans={spans} />;
  return (
    <table className="diff-table">
      <caption className="visually-hidden">{initial ? "Values the claim started with" : "Changes made by this event"}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {initial ? <th scope="col">Value</th> : null}
          {initial ? null : <th scope="col">Before</th>}
          {initial ? null : <th scope="col">After</th>}
        </tr>
      </thead>
      <tbody>
        {shown.map((c) => (
          <tr key={c.key}>
            <th scope="row">{label(c.key)}</th>
            {initial ? <td>{value(c.key, c.after)}</td> : null}
            {initial ? null : <td className="diff-before">{value(c.key, c.before)}</td>}
            {initial ? null : <td className="diff-after">{value(c.key, c.after)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
