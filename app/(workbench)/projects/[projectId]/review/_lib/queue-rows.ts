// The review queue as the page shows it: each claim flattened into plain, serialisable text
// (summary, evidence quotes, names, age) so the client component only renders and reacts to keys.
import type { DescribedClaims } from "@/lib/claims/describe-claims";
import type { QueueItem } from "@/lib/reviews/list-review-queue";
import { attributionText } from "../../_claims/attribution-chain";
import { claimSummary, valueText } from "../../_claims/claim-summary";
import { humanize } from "../../_claims/labels";

export interface QueueRow {
  id: string;
  type: string;
  typeName: string;
  summary: string;
  status: string;
  fields: { label: string; value: string }[];
  evidence: { annotationId: string; quote: string | null; documentId: string | null; documentTitle: string | null }[];
  assertedBy: string;
  attribution: string;
  annotator: string;
  own: boolean;
  waitingSince: string;
  age: string;
  approvals: number;
  approvedByViewer: boolean;
  credibility: number | null;
  lastReview: { reviewer: string; decision: string; note: string | null } | null;
}

/** "40 min", "5 h", "12 d": how long a claim has waited, from the server's clock. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

interface Names {
  types: Map<string, string>;
  people: Map<string, string>;
}

export function queueRows(items: QueueItem[], described: DescribedClaims, names: Names, now: Date): QueueRow[] {
  const entity = (id: string) => described.entities[id]?.name;
  const person = (id: string) => names.people.get(id) ?? "Former member";
  return items.map(({ claim, own, waitingSince, approvals, lastReview }) => ({
    id: claim.id,
    type: claim.type,
    typeName: names.types.get(claim.type) ?? humanize(claim.type),
    summary: claimSummary(claim.type, claim.fields, entity),
    status: claim.status,
    fields: Object.entries(claim.fields).map(([key, value]) => ({ label: humanize(key), value: valueText(value, entity) })),
    evidence: (described.details[claim.id]?.evidence ?? []).map((e) => ({ annotationId: e.annotationId, quote: e.exact, documentId: e.documentId, documentTitle: e.documentTitle })),
    assertedBy: entity(claim.attribution.assertedBy) ?? claim.attribution.assertedBy,
    attribution: attributionText(claim.attribution, (id) => entity(id) ?? id),
    annotator: person(claim.createdBy),
    own,
    waitingSince,
    age: formatAge(now.getTime() - new Date(waitingSince).getTime()),
    approvals: approvals.count,
    approvedByViewer: approvals.byViewer,
    credibility: claim.credibility,
    lastReview: lastReview ? { reviewer: person(lastReview.reviewerId), decision: lastReview.decision, note: lastReview.note } : null,
  }));
}
