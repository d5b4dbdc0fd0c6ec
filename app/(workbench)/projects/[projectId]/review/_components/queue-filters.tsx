// The queue's filters as a plain GET form, so a filtered queue has its own address to share or
// bookmark, and works before any script has loaded.
import Link from "next/link";
import { QUEUE_AGES, type TReviewQueueQuery } from "@/lib/reviews/list-review-queue";

interface Option {
  id: string;
  name: string;
}

interface Props {
  /** The queue without filters, for "Clear". */
  basePath: string;
  query: TReviewQueueQuery;
  types: Option[];
  documents: { id: string; title: string }[];
  annotators: Option[];
}

export function QueueFilters({ basePath, query, types, documents, annotators }: Props) {
  return (
    <form method="get" className="queue-filters" aria-label="Filter the queue">
      <div className="field">
        <label htmlFor="qf-type">Type</label>
        <select id="qf-type" name="type" defaultValue={query.type ?? ""}>
          <option value="">Any type</option>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor="qf-document">Document</label>
        <select id="qf-document" name="document" defaultValue={query.documentId ?? ""}>
          <option value="">Any document</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="qf-annotator">Annotator</label>
        <select id="qf-annotator" name="annotator" defaultValue={query.annotatorId ?? ""}>
          <option value="">Anyone</option>
          {annotators.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="qf-age">Waiting</label>
        <select id="qf-age" name="age" defaultValue={query.olderThanDays?.toString() ?? ""}>
          <option value="">Any time</option>
          {QUEUE_AGES.map((d) => (
            <option key={d} value={d}>
              Over {d} day{d === 1 ? "" : "s"}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter-actions">
        <button type="submit" className="button-quiet">
          Apply
        </button>
        <Link href={basePath} className="small">
          Clear
        </Link>
      </div>
    </form>
  );
}
