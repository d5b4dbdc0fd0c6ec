// What to compare: a claim type, a subject present in the data for that type, and a status.
import { CLAIM_STATUSES } from "@/lib/claims/schemas";
import type { ClaimSubject } from "@/lib/claims/list-claim-subjects";
import { SelectFilter } from "@/app/_components/select-filter";
import { ENTITY_KIND_LABELS, statusLabel } from "../../_claims/labels";

interface Props {
  values: { type: string; subject: string; status: string };
  types: { value: string; label: string }[];
  subjects: ClaimSubject[];
}

export function CompareFilters({ values, types, subjects }: Props) {
  return (
    <form method="get" role="search" aria-label="Choose what to compare" className="filter-bar">
      <SelectFilter id="compare-type" name="type" label="Claim type" defaultValue={values.type} options={types} />
      <div className="field filter-grow">
        <label htmlFor="compare-subject">Subject</label>
        <select id="compare-subject" name="subject" defaultValue={values.subject}>
          <option value="">Every subject</option>
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({ENTITY_KIND_LABELS[s.kind]?.toLowerCase() ?? s.kind}, {s.claims})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-status">Status</label>
        <select id="compare-status" name="status" defaultValue={values.status}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button-quiet">
          Compare
        </button>
      </div>
    </form>
  );
}
