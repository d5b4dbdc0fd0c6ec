// Reviewers judge that two entities of the same kind are one: find the other by name or alias,
// then record the judgement. Merging rewrites nothing; it is recorded with who judged and when.
import Link from "next/link";
import { ENTITY_KIND_LABELS } from "../../../_claims/labels";
import { type MergeCandidate, MergeForm } from "./merge-form";

interface Props {
  projectId: string;
  entity: { id: string; name: string; kind: string };
  query: string;
  candidates: MergeCandidate[] | null;
}

export function MergePanel({ projectId, entity, query, candidates }: Props) {
  const kind = (ENTITY_KIND_LABELS[entity.kind] ?? entity.kind).toLowerCase();
  return (
    <section aria-labelledby="merge-heading" className="panel">
      <h2 id="merge-heading">The same as another {kind}?</h2>
      <form method="get" role="search" aria-label={`Find the same ${kind}`} className="filter-bar" action={`#merge-heading`}>
        <div className="field filter-grow">
          <label htmlFor="same-q">Search {kind} names and aliases</label>
          <input id="same-q" name="same" type="search" defaultValue={query} dir="auto" />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button-quiet">
            Find
          </button>
        </div>
      </form>
      {candidates === null ? (
        <p className="muted small">Only entities of the same kind can be merged. Both keep their claims; the names of the one merged become aliases.</p>
      ) : candidates.length === 0 ? (
        <p className="empty">
          No other {kind} matches “<span dir="auto">{query}</span>”. <Link href={`/projects/${projectId}/entities/${entity.id}`}>Clear</Link>
        </p>
      ) : (
        <MergeForm projectId={projectId} entityId={entity.id} entityName={entity.name} candidates={candidates} />
      )}
    </section>
  );
}
