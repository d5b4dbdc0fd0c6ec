// A claim's first cell in every claims table: its type, then its summary linking to the claim.
import Link from "next/link";

export function ClaimTitleCell({ projectId, claim }: { projectId: string; claim: { id: string; typeLabel: string; summary: string } }) {
  return (
    <td>
      <span className="claim-type">{claim.typeLabel}</span>
      <Link href={`/projects/${projectId}/claims/${claim.id}`} className="row-title claim-value" dir="auto">
        {claim.summary}
      </Link>
    </td>
  );
}
