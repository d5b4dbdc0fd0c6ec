// Everyone's assignments, one group per document: who works on it, how far they got, whether they
// submitted, with links to the document in the reader and to its agreement report.
import Link from "next/link";
import { formatDateTime } from "@/app/_lib/format";
import type { DocumentGroup } from "../_lib/assignment-view";

interface Props {
  projectId: string;
  groups: DocumentGroup[];
  names: Map<string, string>;
}

export function AllAssignments({ projectId, groups, names }: Props) {
  if (groups.length === 0) return <p className="empty">No documents are assigned yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table assignments-table">
        <caption className="visually-hidden">Assignments by document</caption>
        <thead>
          <tr>
            <th scope="col">Assigned to</th>
            <th scope="col" className="num">Annotations</th>
            <th scope="col" className="num">Claims</th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        {groups.map((g) => {
          const done = g.assignments.filter((a) => a.submittedAt).length;
          return (
            <tbody key={g.lineageId}>
              <tr className="assignment-group">
                <th scope="rowgroup" colSpan={4}>
                  <Link href={`/projects/${projectId}/documents/${g.documentId}`} dir="auto">
                    {g.title || "Untitled document"}
                  </Link>
                  <span className="muted small">
                    {" "}
                    · {done} of {g.assignments.length} submitted ·{" "}
                  </span>
                  <Link href={`/projects/${projectId}/agreement/${g.documentId}`} className="small" aria-label={`Agreement on “${g.title}”`}>
                    Agreement
                  </Link>
                </th>
              </tr>
              {g.assignments.map((a) => (
                <tr key={a.id}>
                  <td>{names.get(a.userId) ?? "Former member"}</td>
                  <td className="num">{a.progress.annotations}</td>
                  <td className="num">{a.progress.claims}</td>
                  <td className="nowrap">{a.submittedAt ? <span className="assignment-done">{formatDateTime(a.submittedAt)}</span> : <span className="muted">not yet</span>}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
