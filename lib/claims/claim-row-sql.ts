// A claim row as the list statements read it with the `postgres` client: every column `claimView`
// needs (not the wide search text), and the evidence in position order as JSON beside it. Shared by
// the claims list and the review queue, so both hand `claimView` the same row.
import type postgres from "postgres";
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

/** `AND` the claim `c` cites any version of the document (or the id itself, should it be of no lineage). */
export function citesDocumentSql(s: postgres.Sql, projectId: string, documentId: string): postgres.PendingQuery<postgres.Row[]> {
  return s`AND EXISTS (
    SELECT 1 FROM "ClaimEvidence" e WHERE e."projectId" = ${projectId} AND e."claimId" = c."id" AND e."documentId" IN (
      SELECT n."id" FROM "Document" d JOIN "Document" n ON n."projectId" = d."projectId" AND n."lineageId" = d."lineageId"
      WHERE d."projectId" = ${projectId} AND d."id" = ${documentId}
      UNION ALL SELECT ${documentId}::text))`;
}
