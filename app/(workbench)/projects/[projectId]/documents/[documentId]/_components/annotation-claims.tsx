// The claims resting on the open annotation, each linked to its page, and the way to add one.
import "../../../_claims/claims.css";
import Link from "next/link";
import type { ReactNode } from "react";
import type { EvidenceClaim } from "@/lib/claims/list-evidence-claims";
import { StatusBadge } from "../../../_claims/status-badge";

interface Props {
  projectId: string;
  claims: readonly EvidenceClaim[];
  typeNames: Readonly<Record<string, string>>;
  onClaim?: () => void;
  /** Adding the words to an existing claim of the person's. */
  children?: ReactNode;
}

export function AnnotationClaims({ projectId, claims, typeNames, onClaim, children }: Props) {
  return (
    <div className="rd-claims">
      <h3>Claims</h3>
      {claims.length ? (
        <ul>
          {claims.map((c) => (
            <li key={c.claimId}>
              <Link href={`/projects/${projectId}/claims/${c.claimId}`}>{typeNames[c.type] ?? c.type}</Link> <StatusBadge status={c.status} deprecated={c.deprecated} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No claim rests on these words yet.</p>
      )}
      {onClaim ? (
        <div className="rd-claim-actions">
          <button type="button" className="button-small" aria-keyshortcuts="C" onClick={onClaim}>
            Make a claim <kbd>c</kbd>
          </button>
          {children}
        </div>
      ) : null}
    </div>
  );
}
