// The entity page's claims as its table shows them: each claim flattened into the text and links of
// its row (its roles here as words, its attributes, its evidence spans), so the page sends the
// browser those once rather than every claim's fields and the table's markup a second time.
import { allAttributeValues } from "@/lib/claims/attributes/describe-attributes";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DescribedClaims, EvidenceSpan } from "@/lib/claims/describe-claims";
import { claimSummary } from "../../../_claims/claim-summary";
import { credibilityOf } from "../../../_claims/credibility-cell";
import { roleLabel, roleOrder } from "../../../_claims/labels";
import type { RowEntity } from "../../../claims/_lib/claim-rows";

export interface EntityClaimRow {
  id: string;
  typeLabel: string;
  summary: string;
  deprecated: boolean;
  /** The entity's roles in the claim, as words, in their usual order. */
  roles: string[];
  assertedBy: RowEntity;
  attributes: string[];
  status: string;
  evidence: EvidenceSpan[];
  credibility: number | null;
}

export function entityClaimRows(claims: readonly ClaimView[], described: DescribedClaims, sameIds: readonly string[], typeLabel: (type: string) => string): EntityClaimRow[] {
  const { entities, details } = described;
  return claims.map((c) => {
    const d = details[c.id];
    const roles = [...new Set((d?.roles ?? []).filter((r) => sameIds.includes(r.entityId)).map((r) => r.role))].sort((a, b) => roleOrder(a) - roleOrder(b));
    const isSubject = c.subjectEntityId !== null && sameIds.includes(c.subjectEntityId);
    const asserter = c.attribution.assertedBy;
    return {
      id: c.id,
      typeLabel: typeLabel(c.type),
      summary: claimSummary(c.type, c.fields, (id) => entities[id]?.name),
      deprecated: c.deprecated !== null,
      roles: roles.map((r) => roleLabel(r, isSubject && r.startsWith("field:"))),
      assertedBy: entities[asserter] ? { id: asserter, entity: entities[asserter] } : { id: asserter },
      attributes: allAttributeValues(c.attribution),
      status: c.status,
      evidence: d?.evidence ?? [],
      credibility: credibilityOf(c),
    };
  });
}
