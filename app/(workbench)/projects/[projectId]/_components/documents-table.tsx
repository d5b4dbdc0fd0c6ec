"use client";
// The project's documents, drawn from rows of display text (_lib/document-rows.ts): the page's data carries
// the rows once, as values, rather than the table's markup a second time.
import Link from "next/link";
import { shortHash } from "@/app/_lib/format";
import type { DocumentRowView } from "../_lib/document-rows";

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
              <td className="num">{d.length}</td>
              <td>
                <code title={d.sha256}>{shortHash(d.sha256)}</code>
              </td>
              <td className="nowrap">
                <time dateTime={d.captured.iso}>{d.captured.text}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
