// The signed-in person's assigned documents: progress on each and "Submit my work" until done.
import Link from "next/link";
import { formatDate, formatDateTime } from "@/app/_lib/format";
import type { AssignmentView } from "../_lib/assignment-view";
import { SubmitWorkButton } from "./submit-work-button";

export function MyQueue({ projectId, items, blind }: { projectId: string; items: AssignmentView[]; blind: boolean }) {
  if (items.length === 0) return <p className="empty">No documents are assigned to you.</p>;
  return (
    <>
      {blind ? (
        <p className="muted small">
          Blind double annotation is on: until everyone assigned to a document has submitted, you see only your own annotations on it.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Documents assigned to you</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Assigned</th>
              <th scope="col" className="num">Annotations</th>
              <th scope="col" className="num">Claims</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/projects/${projectId}/documents/${a.documentId}`} dir="auto" className="row-title">
                    {a.title || "Untitled document"}
                  </Link>
                </td>
                <td className="nowrap">{formatDate(a.createdAt)}</td>
                <td className="num">{a.progress.annotations}</td>
                <td className="num">{a.progress.claims}</td>
                <td>
                  {a.submittedAt ? (
                    <span className="assignment-done">Submitted {formatDateTime(a.submittedAt)}</span>
                  ) : (
                    <SubmitWorkButton assignmentId={a.id} title={a.title} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
