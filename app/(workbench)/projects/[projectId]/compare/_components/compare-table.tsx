"use client";
// The claims of one group side by side, numbered as in the chart: the chart's text alternative. A
// client component: the page's data carries its (at most 200) rows once, as values, not again as markup.
import Link from "next/link";
import { ATTRIBUTES, type AttributeName } from "@/lib/claims/attributes/claim-attributes";
import { EntityLink } from "../../_claims/entity-link";
import { EvidenceQuote } from "../../_claims/evidence-quote";
import { StatusBadge } from "../../_claims/status-badge";
import type { CompareRef, CompareRow } from "./types";

function Ref({ projectId, entity, reliability = true }: { projectId: string; entity: CompareRef; reliability?: boolean }) {
  if (!entity) return <span className="muted">–</span>;
  return <EntityLink projectId={projectId} id={entity.id} entity={{ ...entity, namedAs: null }} showReliability={reliability} />;
}

export function CompareTable({ projectId, rows, values, caption }: { projectId: string; rows: CompareRow[]; values: string[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Value</th>
            <th scope="col">Asserted by</th>
            <th scope="col">Reported by</th>
            <th scope="col">Via</th>
            {ATTRIBUTES.map((a) => (
              <th key={a.name} scope="col">
                {a.label}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id} className={r.deprecated || r.status === "rejected" ? "row-muted" : undefined}>
              <td className="num">{i + 1}</td>
              <th scope="row" className="compare-value">
                <Link href={`/projects/${projectId}/claims/${r.id}`} className="nowrap">
                  {values[i]}
                </Link>
              </th>
              <td>
                <Ref projectId={projectId} entity={r.assertedBy} />
              </td>
              <td>
                <Ref projectId={projectId} entity={r.reportedBy} />
              </td>
              <td>
                {r.via.length ? (
                  <ul className="plain-list">
                    {r.via.map((v, j) => (
                      <li key={j}>
                        <Ref projectId={projectId} entity={v} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
              {ATTRIBUTES.map((a) => (
                <td key={a.name}>{r[a.name as AttributeName]}</td>
              ))}
              <td>
                <StatusBadge status={r.status} deprecated={r.deprecated} />
              </td>
              <td className="evidence-cell">
                {r.evidence.map((e) => (
                  <EvidenceQuote
                    key={e.annotationId}
                    projectId={projectId}
                    maxChars={180}
                    span={{ annotationId: e.annotationId, documentId: e.document?.id ?? null, documentTitle: e.document?.title ?? null, publisher: e.document?.publisher ?? null, start: null, end: null, exact: e.exact, status: "active" }}
                  />
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
