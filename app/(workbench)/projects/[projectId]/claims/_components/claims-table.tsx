import Link from "next/link";
import { formatDate, isoString } from "@/app/_lib/format";
import { notableAttributeValues } from "@/lib/claims/attributes/describe-attributes";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DescribedClaims } from "@/lib/claims/describe-claims";
import { claimSummary } from "../../_claims/claim-summary";
import { Credibility, credibilityOf } from "../../_claims/credibility-cell";
import { EntityLink } from "../../_claims/entity-link";
import { StatusBadge } from "../../_claims/status-badge";

interface Props {
  projectId: string;
  claims: ClaimView[];
  described: DescribedClaims;
  typeLabel: (type: string) => string;
}

export function ClaimsTable({ projectId, claims, described, typeLabel }: Props) {
  const { entities, details } = described;
  const name = (id: string) => entities[id]?.name;
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
          {claims.map((c) => {
            const docs = [...new Map((details[c.id]?.evidence ?? []).filter((e) => e.documentId).map((e) => [e.documentId, e])).values()];
            return (
              <tr key={c.id} className={c.deprecated ? "row-muted" : undefined}>
                <td>
                  <span className="claim-type">{typeLabel(c.type)}</span>
                  <Link href={`/projects/${projectId}/claims/${c.id}`} className="row-title claim-value" dir="auto">
                    {claimSummary(c.type, c.fields, name)}
                  </Link>
                </td>
                <td>{c.subjectEntityId ? <EntityLink projectId={projectId} id={c.subjectEntityId} entity={entities[c.subjectEntityId]} /> : <span className="muted">–</span>}</td>
                <td>
                  <EntityLink projectId={projectId} id={c.attribution.assertedBy} entity={entities[c.attribution.assertedBy]} showReliability />
                  <span className="row-sub">
                    {notableAttributeValues(c.attribution).join(", ")}
                  </span>
                </td>
                <td>
                  {c.attribution.reportedBy ? (
                    <EntityLink projectId={projectId} id={c.attribution.reportedBy} entity={entities[c.attribution.reportedBy]} showReliability />
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
                <td>
                  <StatusBadge status={c.status} deprecated={c.deprecated !== null} />
                  <span className="row-sub">v{c.version}</span>
                </td>
                <td>
                  <ul className="plain-list">
                    {docs.map((e) => (
                      <li key={e.documentId}>
                        <Link href={`/projects/${projectId}/documents/${e.documentId}`} dir="auto">
                          {e.documentTitle ?? "Document"}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="num">
                  <Credibility value={credibilityOf(c)} />
                </td>
                <td className="nowrap">
                  <time dateTime={isoString(c.updatedAt)}>{formatDate(c.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
