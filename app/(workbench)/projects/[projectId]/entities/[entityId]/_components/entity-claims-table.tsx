"use client";
// Every claim that names the entity (or an entity merged into it), across all sources: what it
// says, the entity's role in it, who asserts it (with that source's reliability letter), how,
// its status, its evidence, and the claim's own credibility. Drawn from rows of display text
// (_lib/entity-claim-rows.ts), which the page's data carries once.
import { attributesHeading } from "@/lib/claims/attributes/describe-attributes";
import { ClaimTitleCell } from "../../../_claims/claim-title-cell";
import { Credibility } from "../../../_claims/credibility-cell";
import { EntityLink } from "../../../_claims/entity-link";
import { EvidenceQuote } from "../../../_claims/evidence-quote";
import { StatusBadge } from "../../../_claims/status-badge";
import type { EntityClaimRow } from "../_lib/entity-claim-rows";

export function EntityClaimsTable({ projectId, rows }: { projectId: string; rows: EntityClaimRow[] }) {
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
          {rows.map((c) => (
            <tr key={c.id} className={c.deprecated ? "row-muted" : undefined}>
              <ClaimTitleCell projectId={projectId} claim={c} />
              <td>
                {c.roles.map((r) => (
                  <span key={r} className="role-tag">
                    {r}
                  </span>
                ))}
              </td>
              <td>
                <EntityLink projectId={projectId} id={c.assertedBy.id} entity={c.assertedBy.entity} showReliability />
              </td>
              <td className="nowrap">
                {c.attributes.map((v, i) =>
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
                <StatusBadge status={c.status} deprecated={c.deprecated} />
              </td>
              <td className="evidence-cell">
                {c.evidence.map((span) => (
                  <EvidenceQuote key={span.annotationId} projectId={projectId} span={span} maxChars={160} />
                ))}
              </td>
              <td className="num">
                <Credibility value={c.credibility} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
