// For a reader: which claims rest on which annotations of one document, so the reader can filter
// by claim type and status and list a span's claims beside it.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export interface EvidenceClaim {
  annotationId: string;
  claimId: string;
  type: string;
  status: string;
  deprecated: boolean;
}

export async function listEvidenceClaims(access: ProjectAccess, documentId: string): Promise<EvidenceClaim[]> {
  const rows = await db().claimEvidence.findMany({
    where: { projectId: access.projectId, documentId },
    select: { annotationId: true, claim: { select: { id: true, type: true, status: true, deprecatedAt: true } } },
    orderBy: [{ annotationId: "asc" }, { claimId: "asc" }],
  });
  return rows.map((r) => ({ annotationId: r.annotationId, claimId: r.claim.id, type: r.claim.type, status: r.claim.status, deprecated: r.claim.deprecatedAt !== null }));
}
