// A claim row as the list statements read it with the `postgres` client: every column `claimView`
// needs (not the wide search text), and the evidence in position order as JSON beside it. Shared by
// the claims list and the review queue, so both hand `claimView` the same row.
import type { Claim, ClaimEvidence } from "../db/generated/client";
import { claimView } from "./claim-view";

export type ClaimRow = Omit<Claim, "searchText"> & { evidence: Pick<ClaimEvidence, "annotationId" | "documentId">[] };

/** The select list for the Claim table aliased `c`. */
export const CLAIM_ROW_COLUMNS = `c."id", c."projectId", c."type", c."fields", c."status"::text AS "status", c."version", c."assertedById", c."reportedById", c."via",
  c."stance"::text AS "stance", c."modality"::text AS "modality", c."subjectEntityId", c."countMin", c."countMax", c."credibility",
  c."createdById", c."createdAt", c."updatedAt", c."deprecatedAt", c."deprecatedById", c."deprecationReason",
  coalesce((SELECT json_agg(json_build_object('annotationId', e."annotationId", 'documentId', e."documentId") ORDER BY e."position")
    FROM "ClaimEvidence" e WHERE e."projectId" = c."projectId" AND e."claimId" = c."id"), '[]'::json) AS "evidence"`;

export function claimRowView(row: ClaimRow) {
  return claimView({ ...row, searchText: "", evidence: row.evidence.map((e, position) => ({ ...e, projectId: row.projectId, claimId: row.id, position })) });
}
