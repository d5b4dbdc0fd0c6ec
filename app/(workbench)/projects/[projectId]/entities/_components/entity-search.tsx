// Search by name or alias (any script, spelling variants folded) and filter by kind. A plain GET
// form: the results are a page of their own, bookmarkable and usable without JavaScript.
import Link from "next/link";
import { ENTITY_KINDS } from "@/lib/entities/schemas";
import { ENTITY_KIND_LABELS } from "../../_claims/labels";

export function EntitySearch({ projectId, q, kind }: { projectId: string; q: string; kind: string }) {
  return (
    <form method="get" role="search" aria-label="Entities" className="filter-bar">
      <div className="field filter-grow">
        <label htmlFor="entity-q">Name or alias</label>
        <input id="entity-q" name="q" type="search" defaultValue={q} dir="auto" placeholder="e.g. Montazeri, منتظری, NCRI" />
      </div>
      <div className="field">
        <label htmlFor="entity-kind">Kind</label>
        <select id="entity-kind" name="kind" defaultValue={kind}>
          <option value="">All kinds</option>
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ENTITY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button-quiet">
          Search
        </button>
        {q || kind ? <Link href={`/projects/${projectId}/entities`}>Clear</Link> : null}
      </div>
    </form>
  );
}
