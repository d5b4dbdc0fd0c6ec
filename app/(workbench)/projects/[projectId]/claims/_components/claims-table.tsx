"use client";
// The claims list's table, drawn from rows of display text (claims/_lib/claim-rows.ts): the page's
// data carries the rows once, small, rather than the table's markup a second time.
import Link from "next/link";
import { ClaimTitleCell } from "../../_claims/claim-title-cell";
import { Credibility } from "../../_claims/credibility-cell";
import { EntityLink } from "../../_claims/entity-link";
import { StatusBadge } from "../../_claims/status-badge";
import type { ClaimRow } from "../_lib/claim-rows";

export function ClaimsTable({ projectId, rows }: { projectId: string; rows: ClaimRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table claims-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">About</th>
            <th scope="col">Asserted by</th>
            <th scope="col">Reported by</th>
            <th scope="col">Status</th>
            <th scope="col">Sources</th>
            <th scope="col">
              <span title="Credibility of the claim (1-6), judged by reviewers">Cred.</span>
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className={c.deprecated ? "row-muted" : undefined}>
              <ClaimTitleCell projectId={projectId} claim={c} />
              <td>{c.subject ? <EntityLink projectId={projectId} id={c.subject.id} entity={c.subject.entity} /> : <span className="muted">–</span>}</td>
              <td>
                <EntityLink projectId={projectId} id={c.assertedBy.id} entity={c.assertedBy.entity} showReliability />
                <span className="row-sub">{c.notable}</span>
              </td>
              <td>
                {c.reportedBy ? <EntityLink projectId={projectId} id={c.reportedBy.id} entity={c.reportedBy.entity} showReliability /> : <span className="muted">–</span>}
              </td>
              <td>
                <StatusBadge status={c.status} deprecated={c.deprecated} />
                <span className="row-sub">v{c.version}</span>
              </td>
              <td>
                <ul className="plain-list">
                  {c.documents.map((d) => (
                    <li key={d.id}>
                      <Link href={`/projects/${projectId}/documents/${d.id}`} dir="auto">
                        {d.title ?? "Document"}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="num">
                <Credibility value={c.credibility} />
              </td>
              <td className="nowrap">
                <time dateTime={c.updated.iso}>{c.updated.text}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
