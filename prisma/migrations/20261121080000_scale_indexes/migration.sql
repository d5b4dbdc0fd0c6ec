-- Indexes for a project of 100,000 sources and a million claims (npm run bench:scale).
-- The claim list filters by status and type and pages in (createdAt, id) order: with both in the
-- index it reads one page of claims instead of sorting every claim of that status and type.
DROP INDEX IF EXISTS "Claim_projectId_status_type_idx";
CREATE INDEX IF NOT EXISTS "Claim_projectId_status_type_createdAt_id_idx" ON "Claim" ("projectId", "status", "type", "createdAt", "id");

-- "Claims about this entity" and "claims resting on this source" as index-only scans that yield
-- claim ids, for a hash semi-join with the claims of the wanted status and type.
DROP INDEX IF EXISTS "ClaimEntity_projectId_entityId_idx";
CREATE INDEX IF NOT EXISTS "ClaimEntity_projectId_entityId_claimId_idx" ON "ClaimEntity" ("projectId", "entityId", "claimId");
DROP INDEX IF EXISTS "ClaimEvidence_projectId_documentId_idx";
CREATE INDEX IF NOT EXISTS "ClaimEvidence_projectId_documentId_claimId_idx" ON "ClaimEvidence" ("projectId", "documentId", "claimId");
