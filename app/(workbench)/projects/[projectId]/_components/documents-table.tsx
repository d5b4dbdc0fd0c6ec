import Link from "next/link";
import { formatDate, formatNumber, isoString, shortHash } from "@/app/_lib/format";

export interface DocumentRowView {
  id: string;
  title: string;
  publisher: string | null;
  language: string | null;
  length: number;
  sha256: string;
  capturedAt: string;
}

export function DocumentsTable({ projectId, documents }: { projectId: string; documents: DocumentRowView[] }) {
  if (documents.length === 0) return <p className="empty">No documents yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Publisher</th>
            <th scope="col">Lang.</th>
            <th scope="col" className="num">
              Length
            </th>
            <th scope="col">SHA-256</th>
            <th scope="col">Captured</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                <Link href={`/projects/${projectId}/documents/${d.id}`} className="row-title">
                  {d.title}
                </Link>
              </td>
              <td>{d.publisher ?? <span className="muted">unknown</span>}</td>
              <td>{d.language ? <code>{d.language}</code> : <span className="muted">–</span>}</td>
              <td className="num">{formatNumber(d.length)}</td>
              <td>
                <code title={d.sha256}>{shortHash(d.sha256)}</code>
              </td>
              <td className="nowrap">
                <time dateTime={isoString(d.capturedAt)}>{formatDate(d.capturedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
