// Who judged which entities the same as this one, and when.
import Link from "next/link";
import { formatDateTime, isoString } from "@/app/_lib/format";

export interface MergeRecord {
  mergedId: string;
  mergedName: string;
  judgedBy: string;
  note: string | null;
  createdAt: string;
}

export function MergeHistory({ projectId, merges }: { projectId: string; merges: MergeRecord[] }) {
  if (merges.length === 0) return <p className="muted small">No other entity has been judged the same as this one.</p>;
  return (
    <ol className="merge-history">
      {merges.map((m) => (
        <li key={`${m.mergedId}-${m.createdAt}`}>
          <Link href={`/projects/${projectId}/entities/${m.mergedId}`} dir="auto">
            {m.mergedName}
          </Link>{" "}
          judged the same by {m.judgedBy},{" "}
          <time dateTime={isoString(m.createdAt)} className="nowrap">
            {formatDateTime(m.createdAt)}
          </time>
          {m.note ? (
            <p className="merge-note" dir="auto">
              {m.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
