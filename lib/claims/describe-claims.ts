// What a page shows beside a list of claims: the entities they name (resolved through merges),
// each entity's role in each claim, and the evidence spans with their quotes and documents.
import type { ProjectAccess } from "../access/authorize-project";
import { type EvidenceSpan, getEvidenceSpans } from "../annotations/get-evidence-spans";
import { db } from "../db/client";
import { type EntityRef, getEntityRefs } from "../entities/get-entity-refs";
import type { ClaimView } from "./claim-view";

export type { EntityRef, EvidenceSpan };

export interface ClaimDetails {
  /** Every entity the claim names and as what: asserted_by, reported_by, via, field:<name>. */
  roles: { entityId: string; role: string }[];
  evidence: EvidenceSpan[];
}

export async function describeClaims(access: ProjectAccess, claims: readonly ClaimView[]) {
  const [roles, spans] = await Promise.all([
    db().claimEntity.findMany({ where: { projectId: access.projectId, claimId: { in: claims.map((c) => c.id) } }, select: { claimId: true, entityId: true, role: true } }),
    getEvidenceSpans(access, claims.flatMap((c) => c.evidence)),
  ]);
  const named = new Set<string>(roles.map((r) => r.entityId));
  for (const c of claims) {
    for (const id of [c.attribution.assertedBy, c.attribution.reportedBy, c.subjectEntityId, ...c.attribution.via]) if (id) named.add(id);
  }
  const entities = await getEntityRefs(access, named);
  const details: Record<string, ClaimDetails> = {};
  for (const c of claims) {
    details[c.id] = {
      roles: roles.filter((r) => r.claimId === c.id).map((r) => ({ entityId: r.entityId, role: r.role })),
      evidence: c.evidence.map((id) => spans.get(id) ?? { annotationId: id, documentId: null, documentTitle: null, publisher: null, start: null, end: null, exact: null, status: "deleted" }),
    };
  }
  return { entities, details };
}
export type DescribedClaims = Awaited<ReturnType<typeof describeClaims>>;
