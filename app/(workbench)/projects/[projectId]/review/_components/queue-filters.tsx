// The queue's filters as a plain GET form, so a filtered queue has its own address to share or
// bookmark, and works before any script has loaded.
import "server-only";
import Link from "next/link";
import { SelectFilter } from "@/app/_components/select-filter";
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
      <SelectFilter id="qf-type" name="type" label="Type" any="Any type" defaultValue={query.type} options={types.map((t) => ({ value: t.id, label: t.name }))} />
      <SelectFilter
        id="qf-document"
        name="document"
        label="Document"
        any="Any document"
        className="field field-wide"
        defaultValue={query.documentId}
        options={documents.map((d) => ({ value: d.id, label: d.title }))}
      />
      <SelectFilter id="qf-annotator" name="annotator" label="Annotator" any="Anyone" defaultValue={query.annotatorId} options={annotators.map((a) => ({ value: a.id, label: a.name }))} />
      <SelectFilter
        id="qf-age"
        name="age"
        label="Waiting"
        any="Any time"
        defaultValue={query.olderThanDays?.toString()}
        options={QUEUE_AGES.map((d) => ({ value: String(d), label: `Over ${d} day${d === 1 ? "" : "s"}` }))}
      />
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
