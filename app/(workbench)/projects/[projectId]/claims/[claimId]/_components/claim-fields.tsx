// The claim's fields as its type defines them: entity references linked, counts and periods
// written out, text in its own direction.
import type { EntityRef } from "@/lib/claims/describe-claims";
import { humanize } from "../../../_claims/labels";
import { FieldValue } from "./field-value";

interface Props {
  projectId: string;
  fields: Record<string, unknown>;
  entityFields: string[];
  subjectField: string | undefined;
  entities: Record<string, EntityRef>;
  /** Labels of a project-defined type's fields, in the type's order. */
  labels: Record<string, string>;
}

export function ClaimFields({ projectId, fields, entityFields, subjectField, entities, labels }: Props) {
  const order = Object.keys(labels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
  if (keys.length === 0) return <p className="muted">No fields.</p>;
  return (
    <dl className="meta-list field-list">
      {keys.map((key) => (
        <div className="meta-row" key={key}>
          <dt>
            {labels[key] ?? humanize(key)}
            {key === subjectField ? <span className="field-optional"> (subject)</span> : null}
          </dt>
          <dd>
            <FieldValue projectId={projectId} value={fields[key]} as={entityFields.includes(key) ? "entity" : "value"} entities={entities} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
