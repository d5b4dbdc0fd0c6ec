// Every version of a source, oldest first, each with a link to read it as it was.
import Link from "next/link";
import { formatDateTime, formatNumber, isoString, shortHash } from "@/app/_lib/format";
import "./versions.css";

export interface VersionRow {
  id: string;
  version: number;
  title: string;
  capturedAt: string;
  sha256: string;
  length: number;
  format: string;
  addedBy: string | null;
}

export function VersionsTable({ projectId, versions, current }: { projectId: string; versions: VersionRow[]; current: string }) {
  const newest = versions.at(-1)?.id;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Captured</th>
            <th scope="col">SHA-256</th>
            <th scope="col" className="num">
              Length
            </th>
            <th scope="col">Format</th>
            <th scope="col">Added by</th>
            <th scope="col">
              <span className="visually-hidden">Read</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} aria-current={v.id === current ? "true" : undefined} className={v.id === current ? "row-current" : undefined}>
              <th scope="row" className="nowrap">
                Version {v.version}
                {v.id === newest ? <span className="badge">newest</span> : null}
              </th>
              <td className="nowrap">
                <time dateTime={isoString(v.capturedAt)}>{formatDateTime(v.capturedAt)}</time>
              </td>
              <td>
                <code title={v.sha256}>{shortHash(v.sha256)}</code>
              </td>
              <td className="num">{formatNumber(v.length)}</td>
              <td>{v.format}</td>
              <td>{v.addedBy ?? <span className="muted">unknown</span>}</td>
              <td className="nowrap">
                <Link href={`/projects/${projectId}/documents/${v.id}`} aria-label={`Read version ${v.version}`}>
                  Read
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
