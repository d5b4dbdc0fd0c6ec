// The API's view of a claim: its fields, evidence spans, attribution and review state.
import type { Claim, ClaimEvidence } from "../db/generated/client";
import { attributeValues } from "./attributes/claim-attributes";

export const claimInclude = { evidence: { orderBy: { position: "asc" as const } } } as const;

export function claimView(c: Claim & { evidence: ClaimEvidence[] }) {
  return {
    id: c.id,
    projectId: c.projectId,
    type: c.type,
    fields: c.fields as Record<string, unknown>,
    status: c.status,
    version: c.version,
    evidence: c.evidence.map((e) => e.annotationId),
    evidenceDocuments: [...new Set(c.evidence.map((e) => e.documentId))],
    attribution: {
      assertedBy: c.assertedById,
      reportedBy: c.reportedById,
      via: c.via,
      ...attributeValues(c),
    },
    subjectEntityId: c.subjectEntityId,
    credibility: c.credibility,
    count: c.countMin === null && c.countMax === null ? null : { min: c.countMin, max: c.countMax },
    createdBy: c.createdById,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    deprecated: c.deprecatedAt ? { at: c.deprecatedAt.toISOString(), by: c.deprecatedById, reason: c.deprecationReason } : null,
  };
}
export type ClaimView = ReturnType<typeof claimView>;
