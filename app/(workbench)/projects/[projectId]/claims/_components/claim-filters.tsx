"use client";
// Filters of the claims list as a GET form, so that a filtered list is a link one can share. A client
// component: the page's data carries its choices (up to 500 documents and 500 entities) once, as
// plain values, not again as markup.
import Link from "next/link";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { ENTITY_KINDS } from "@/lib/entities/schemas";
import { SelectFilter } from "@/app/_components/select-filter";
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
      <SelectFilter id="filter-status" name="status" label="Status" any="Any status" defaultValue={values.status} options={CLAIM_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} />
      <SelectFilter id="filter-type" name="type" label="Type" any="Any type" defaultValue={values.type} options={types} />
      <SelectFilter
        id="filter-document"
        name="document"
        label="Document"
        any="Any document"
        className="field filter-grow"
        defaultValue={values.document}
        options={documents.map((d) => ({ value: d.id, label: d.title }))}
      />
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
