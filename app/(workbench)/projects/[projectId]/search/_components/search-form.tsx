// The search page's form: words, which kinds of result, and filters, sent as GET so a search is a
// link one can share. Claim filters (type, status, entity, dates, counts) limit results to claims.
import Form from "next/form";
import type { ReactNode } from "react";
import Link from "next/link";
import { CLAIM_STATUSES } from "@/lib/claims/schemas";
import { SEARCH_KINDS } from "@/lib/search/schemas";
import { ENTITY_KIND_LABELS, statusLabel } from "../../_claims/labels";
import type { SearchFormValues } from "../_lib/search-form";

const KIND_NAMES = { document: "Sources", annotation: "Quotes", claim: "Claims", entity: "Entities" } as const;

interface Props {
  projectId: string;
  values: SearchFormValues;
  types: { value: string; label: string }[];
  documents: { id: string; title: string }[];
  entities: { id: string; name: string; kind: string }[];
}

function Select({ id, label, name, value, any, children }: { id: string; label: string; name: string; value: string; any: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {children}
      </select>
    </div>
  );
}

export function SearchForm({ projectId, values, types, documents, entities }: Props) {
  const action = `/projects/${encodeURIComponent(projectId)}/search`;
  return (
    <Form action={action} role="search" aria-label="Search and filters" className="search-form panel">
      <div className="search-words">
        <div className="field">
          <label htmlFor="search-q">Words</label>
          <input id="search-q" name="q" type="search" dir="auto" defaultValue={values.q} aria-describedby="search-q-hint" />
          <p id="search-q-hint" className="field-hint">
            Any script; Persian and Arabic letter forms match each other. &quot;Quotes&quot; for a phrase, OR for either word, -word to leave out.
          </p>
        </div>
        <button type="submit" className="button-primary">
          Search
        </button>
      </div>
      <fieldset className="search-kinds">
        <legend>Show</legend>
        {SEARCH_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" name="kinds" value={k} defaultChecked={values.kinds.includes(k)} /> {KIND_NAMES[k]}
          </label>
        ))}
        <span className="field-hint">None ticked: all kinds.</span>
      </fieldset>
      <details className="search-filters" open={Boolean(values.documentId || values.type || values.status || values.entityId || values.from || values.to || values.countMin || values.countMax)}>
        <summary>Filters</summary>
        <p className="field-hint">Claim filters (type to counts) show claims only.</p>
        <div className="field-row">
          <Select id="search-document" label="Source" name="documentId" value={values.documentId} any="Any source">
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </Select>
          <Select id="search-type" label="Claim type" name="type" value={values.type} any="Any type">
            {types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
          <Select id="search-status" label="Status" name="status" value={values.status} any="Any status">
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </Select>
          <Select id="search-entity" label="Entity" name="entityId" value={values.entityId} any="Any entity">
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({ENTITY_KIND_LABELS[e.kind] ?? e.kind})
              </option>
            ))}
          </Select>
          <div className="field">
            <label htmlFor="search-from">Created from</label>
            <input id="search-from" name="from" type="date" defaultValue={values.from} />
          </div>
          <div className="field">
            <label htmlFor="search-to">Created to</label>
            <input id="search-to" name="to" type="date" defaultValue={values.to} />
          </div>
          <div className="field">
            <label htmlFor="search-count-min">Count from</label>
            <input id="search-count-min" name="countMin" inputMode="numeric" defaultValue={values.countMin} placeholder="e.g. 1,000" />
          </div>
          <div className="field">
            <label htmlFor="search-count-max">Count to</label>
            <input id="search-count-max" name="countMax" inputMode="numeric" defaultValue={values.countMax} placeholder="e.g. 5,000" />
          </div>
        </div>
        <p className="form-actions">
          <button type="submit" className="button-quiet">
            Apply filters
          </button>
          <Link href={values.q ? `${action}?q=${encodeURIComponent(values.q)}` : action}>Clear filters</Link>
        </p>
      </details>
    </Form>
  );
}
