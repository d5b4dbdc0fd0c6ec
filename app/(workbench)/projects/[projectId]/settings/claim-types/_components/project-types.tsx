// The project's own claim types: their typed fields, as the owner defined them.
import "server-only";
import { formatDate, isoString } from "@/app/_lib/format";
import type { TFieldDefinition } from "@/lib/claims/types/custom";
import { customTypeDefinition } from "@/lib/claims/types/custom";
import { claimTypeView } from "@/lib/claims/types/resolve-claim-type";
import { ENTITY_KIND_LABELS } from "../../../_claims/labels";
import { JsonSchema } from "./json-schema";

export interface ProjectType {
  id: string;
  name: string;
  description: string | null;
  fields: TFieldDefinition[];
  createdBy: string;
  createdAt: string;
}

function details(f: TFieldDefinition): string {
  switch (f.kind) {
    case "choice":
      return f.options.join(" · ");
    case "entity":
      return f.entityKind ? (ENTITY_KIND_LABELS[f.entityKind] ?? f.entityKind) : "any kind";
    case "number":
      return [f.integer ? "whole" : null, f.min !== undefined ? `≥ ${f.min}` : null, f.max !== undefined ? `≤ ${f.max}` : null].filter(Boolean).join(", ");
    case "text":
      return f.maxLength ? `up to ${f.maxLength} characters` : "";
    default:
      return "";
  }
}

export function ProjectTypes({ types }: { types: ProjectType[] }) {
  if (types.length === 0) return <p className="empty">This project has no types of its own yet.</p>;
  return (
    <ul className="type-list">
      {types.map((t) => (
        <li key={t.id} className="type-card">
          <h3>
            <code>{t.name}</code>
          </h3>
          {t.description ? <p dir="auto">{t.description}</p> : null}
          <p className="small muted">
            Added by {t.createdBy}, <time dateTime={isoString(t.createdAt)}>{formatDate(t.createdAt)}</time>
          </p>
          <table className="data-table type-fields">
            <caption className="visually-hidden">Fields of {t.name}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Kind</th>
                <th scope="col">Details</th>
                <th scope="col">Required</th>
              </tr>
            </thead>
            <tbody>
              {t.fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{f.name}</code>
                    {f.label ? (
                      <span className="row-sub" dir="auto">
                        {f.label}
                      </span>
                    ) : null}
                  </th>
                  <td>{f.kind}</td>
                  <td dir="auto">{details(f) || <span className="muted">–</span>}</td>
                  <td>{f.required ? "yes" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <JsonSchema name={t.name} schema={claimTypeView(customTypeDefinition(t)).jsonSchema} />
        </li>
      ))}
    </ul>
  );
}
