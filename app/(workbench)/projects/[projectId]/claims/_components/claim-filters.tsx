// Filters of the claims list as a GET form, so that a filtered list is a link one can share.
import Link from "next/link";
import { CLAIM_STATUSES } from "@/lib/claims/schemas";
import { ENTITY_KINDS } from "@/lib/entities/schemas";
import { ENTITY_KIND_LABELS, statusLabel } from "../../_claims/labels";

export interface FilterValues {
  status: string;
  type: string;
  document: string;
  entity: string;
}

interface Props {
  projectId: string;
  values: FilterValues;
  types: { value: string; label: string }[];
  documents: { id: string; title: string }[];
  entities: { id: string; name: string; kind: string }[];
}

export function ClaimFilters({ projectId, values, types, documents, entities }: Props) {
  const active = Object.values(values).some(Boolean);
  return (
    <form method="get" role="search" aria-label="Filter claims" className="filter-bar">
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={values.status}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" defaultValue={values.type}>
          <option value="">Any type</option>
          {types.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field filter-grow">
        <label htmlFor="filter-document">Document</label>
        <select id="filter-document" name="document" defaultValue={values.document}>
          <option value="">Any document</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field filter-grow">
        <label htmlFor="filter-entity">Entity</label>
        <select id="filter-entity" name="entity" defaultValue={values.entity}>
          <option value="">Any entity</option>
          {ENTITY_KINDS.map((kind) => {
            const ofKind = entities.filter((e) => e.kind === kind);
            return ofKind.length ? (
              <optgroup key={kind} label={ENTITY_KIND_LABELS[kind]}>
                {ofKind.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button-quiet">
          Filter
        </button>
        {active ? <Link href={`/projects/${projectId}/claims`}>Clear</Link> : null}
      </div>
    </form>
  );
}
