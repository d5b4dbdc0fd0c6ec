// The claims list as the table shows it: each claim flattened into the text and links of its row,
// so the page sends the browser those and nothing more (not the claim's every field, evidence id
// and attribution detail twice over, as markup and again as the page's data).
import { formatDate, isoString } from "@/app/_lib/format";
import { notableAttributeValues } from "@/lib/claims/attributes/describe-attributes";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { DescribedClaims, EntityRef } from "@/lib/claims/describe-claims";
import { claimSummary } from "../../_claims/claim-summary";
import { credibilityOf } from "../../_claims/credibility-cell";

/** An entity the row links to: its id as the claim names it, and the entity shown (absent when unknown). */
export interface RowEntity {
  id: string;
  entity?: EntityRef;
}

export interface ClaimRow {
  id: string;
  typeLabel: string;
  summary: string;
  deprecated: boolean;
  subject: RowEntity | null;
  assertedBy: RowEntity;
  /** The attribution's values that differ from their defaults ("asserts, estimated"). */
  notable: string;
  reportedBy: RowEntity | null;
  status: string;
  version: number;
  /** The documents of its evidence, once each. */
  documents: { id: string; title: string | null }[];
  credibility: number | null;
  updated: { iso: string; text: string };
}

export function claimRows(claims: readonly ClaimView[], described: DescribedClaims, typeLabel: (type: string) => string): ClaimRow[] {
  const { entities, details } = described;
  const named = (id: string): RowEntity => (entities[id] ? { id, entity: entities[id] } : { id });
  return claims.map((c) => ({
    id: c.id,
    typeLabel: typeLabel(c.type),
    summary: claimSummary(c.type, c.fields, (id) => entities[id]?.name),
    deprecated: c.deprecated !== null,
    subject: c.subjectEntityId ? named(c.subjectEntityId) : null,
    assertedBy: named(c.attribution.assertedBy),
    notable: notableAttributeValues(c.attribution).join(", "),
    reportedBy: c.attribution.reportedBy ? named(c.attribution.reportedBy) : null,
    status: c.status,
    version: c.version,
    documents: [...new Map((details[c.id]?.evidence ?? []).flatMap((e) => (e.documentId ? [[e.documentId, { id: e.documentId, title: e.documentTitle }] as const] : []))).values()],
    credibility: credibilityOf(c),
    updated: { iso: isoString(c.updatedAt), text: formatDate(c.updatedAt) },
  }));
}
