// Where the claim stands: status, version, author, dates, the reviewers' credibility, and for the
// author of a draft (or of a claim sent back) the way to submit it.
import { formatDateTime, isoString } from "@/app/_lib/format";
import type { ClaimView } from "@/lib/claims/claim-view";
import { Credibility, credibilityOf } from "../../../_claims/credibility-cell";
import { StatusBadge } from "../../../_claims/status-badge";
import { SubmitClaimButton } from "./submit-claim-button";

interface Props {
  claim: ClaimView;
  author: string;
  isAuthor: boolean;
  canSubmit: boolean;
}

export function ClaimStatusPanel({ claim, author, isAuthor, canSubmit }: Props) {
  return (
    <section aria-labelledby="status-heading" className="panel">
      <h2 id="status-heading">Status</h2>
      <dl className="meta-list">
        <div className="meta-row">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={claim.status} deprecated={claim.deprecated !== null} />
          </dd>
        </div>
        <div className="meta-row">
          <dt>Version</dt>
          <dd>{claim.version}</dd>
        </div>
        <div className="meta-row">
          <dt>Credibility</dt>
          <dd>
            <Credibility value={credibilityOf(claim)} />
          </dd>
        </div>
        <div className="meta-row">
          <dt>Author</dt>
          <dd>{author}</dd>
        </div>
        <div className="meta-row">
          <dt>Created</dt>
          <dd>
            <time dateTime={isoString(claim.createdAt)}>{formatDateTime(claim.createdAt)}</time>
          </dd>
        </div>
        <div className="meta-row">
          <dt>Updated</dt>
          <dd>
            <time dateTime={isoString(claim.updatedAt)}>{formatDateTime(claim.updatedAt)}</time>
          </dd>
        </div>
        {claim.deprecated ? (
          <div className="meta-row">
            <dt>Deprecated</dt>
            <dd dir="auto">{claim.deprecated.reason ?? "—"}</dd>
          </div>
        ) : null}
      </dl>
      {isAuthor ? <SubmitClaimButton claimId={claim.id} canSubmit={canSubmit} /> : null}
    </section>
  );
}
