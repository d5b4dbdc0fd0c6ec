// Every claim that names the entity (or an entity merged into it), across all sources: what it
// says, the entity's role in it, who asserts it (with that source's reliability letter), how,
// its status, its evidence, and the claim's own credibility.
import Link from "next/link";
import { allAttributeValues, attributesHeading } from "@/lib/claims/attributes/describe-attributes";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DescribedClaims } from "@/lib/claims/describe-claims";
import { claimSummary } from "../../../_claims/claim-summary";
import { Credibility, credibilityOf } from "../../../_claims/credibility-cell";
import { EntityLink } from "../../../_claims/entity-link";
import { EvidenceQuote } from "../../../_claims/evidence-quote";
import { roleLabel, roleOrder } from "../../../_claims/labels";
import { StatusBadge } from "../../../_claims/status-badge";

interface Props {
  projectId: string;
  claims: ClaimView[];
  described: DescribedClaims;
  sameIds: string[];
  typeLabel: (type: string) => string;
}

export function EntityClaimsTable({ projectId, claims, described, sameIds, typeLabel }: Props) {
  const { entities, details } = described;
  const name = (id: string) => entities[id]?.name;
  return (
    <div className="table-scroll">
      <table className="data-table claims-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Role here</th>
            <th scope="col">Asserted by</th>
            <th scope="col">{attributesHeading()}</th>
            <th scope="col">Status</th>
            <th scope="col">Evidence</th>
            <th scope="col">
              <span title="Credibility of the claim (1-6), judged by reviewers">Cred.</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => {
            const d = details[c.id];
            const roles = [...new Set((d?.roles ?? []).filter((r) => sameIds.includes(r.entityId)).map((r) => r.role))].sort((a, b) => roleOrder(a) - roleOrder(b));
            const isSubject = c.subjectEntityId !== null && sameIds.includes(c.subjectEntityId);
            return (
              <tr key={c.id} className={c.deprecated ? "row-muted" : undefined}>
                <td>
                  <span className="claim-type">{typeLabel(c.type)}</span>
                  <Link href={`/projects/${projectId}/claims/${c.id}`} className="row-title claim-value" dir="auto">
                    {claimSummary(c.type, c.fields, name)}
                  </Link>
                </td>
                <td>
                  {roles.map((r) => (
                    <span key={r} className="role-tag">
                      {roleLabel(r, isSubject && r.startsWith("field:"))}
                    </span>
                  ))}
                </td>
                <td>
                  <EntityLink projectId={projectId} id={c.attribution.assertedBy} entity={entities[c.attribution.assertedBy]} showReliability />
                </td>
                <td className="nowrap">
                  {allAttributeValues(c.attribution).map((v, i) =>
                    i === 0 ? (
                      v
                    ) : (
                      <span key={i} className="row-sub">
                        {v}
                      </span>
                    ),
                  )}
                </td>
                <td>
                  <StatusBadge status={c.status} deprecated={c.deprecated !== null} />
                </td>
                <td className="evidence-cell">
                  {(d?.evidence ?? []).map((span) => (
                    <EvidenceQuote key={span.annotationId} projectId={projectId} span={span} maxChars={160} />
                  ))}
                </td>
                <td className="num">
                  <Credibility value={credibilityOf(c)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
