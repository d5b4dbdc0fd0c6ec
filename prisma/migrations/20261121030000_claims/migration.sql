-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('person', 'organization', 'place', 'event', 'other');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('draft', 'submitted', 'approved', 'rejected', 'changes_requested', 'disputed');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('asserts', 'quotes', 'disputes', 'denies');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('alleged', 'estimated', 'confirmed', 'unspecified');

-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "wikidataId" TEXT,
    "reliability" TEXT,
    "searchKey" TEXT NOT NULL,
    "mergedIntoId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityMerge" (
    "id" BIGSERIAL NOT NULL,
    "projectId" TEXT NOT NULL,
    "survivorId" TEXT NOT NULL,
    "mergedId" TEXT NOT NULL,
    "judgedById" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimType" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "fields" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "assertedById" TEXT NOT NULL,
    "reportedById" TEXT,
    "via" TEXT[],
    "stance" "Stance" NOT NULL,
    "modality" "Modality" NOT NULL DEFAULT 'unspecified',
    "subjectEntityId" TEXT,
    "countMin" INTEGER,
    "countMax" INTEGER,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deprecatedAt" TIMESTAMPTZ(3),
    "deprecatedById" TEXT,
    "deprecationReason" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEvidence" (
    "projectId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ClaimEvidence_pkey" PRIMARY KEY ("claimId","annotationId")
);

-- CreateTable
CREATE TABLE "ClaimEntity" (
    "projectId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ClaimEntity_pkey" PRIMARY KEY ("claimId","entityId","role")
);

-- CreateIndex
CREATE INDEX "Entity_projectId_kind_idx" ON "Entity"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Entity_projectId_mergedIntoId_idx" ON "Entity"("projectId", "mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_projectId_id_key" ON "Entity"("projectId", "id");

-- CreateIndex
CREATE INDEX "EntityMerge_projectId_survivorId_idx" ON "EntityMerge"("projectId", "survivorId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimType_projectId_name_key" ON "ClaimType"("projectId", "name");

-- CreateIndex
CREATE INDEX "Claim_projectId_status_type_idx" ON "Claim"("projectId", "status", "type");

-- CreateIndex
CREATE INDEX "Claim_projectId_subjectEntityId_idx" ON "Claim"("projectId", "subjectEntityId");

-- CreateIndex
CREATE INDEX "Claim_projectId_createdAt_idx" ON "Claim"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_projectId_id_key" ON "Claim"("projectId", "id");

-- CreateIndex
CREATE INDEX "ClaimEvidence_projectId_annotationId_idx" ON "ClaimEvidence"("projectId", "annotationId");

-- CreateIndex
CREATE INDEX "ClaimEvidence_projectId_documentId_idx" ON "ClaimEvidence"("projectId", "documentId");

-- CreateIndex
CREATE INDEX "ClaimEntity_projectId_entityId_idx" ON "ClaimEntity"("projectId", "entityId");

-- AddForeignKey
ALTER TABLE "ClaimEvidence" ADD CONSTRAINT "ClaimEvidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: references stay inside one project (composite keys, so a claim can never point
-- at another project's entity or annotation), and values stay in range.
ALTER TABLE "ClaimEvidence" ADD CONSTRAINT "ClaimEvidence_annotation_fkey"
  FOREIGN KEY ("projectId", "annotationId") REFERENCES "Annotation"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_entity_fkey"
  FOREIGN KEY ("projectId", "entityId") REFERENCES "Entity"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_asserted_fkey"
  FOREIGN KEY ("projectId", "assertedById") REFERENCES "Entity"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reported_fkey"
  FOREIGN KEY ("projectId", "reportedById") REFERENCES "Entity"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_merged_fkey"
  FOREIGN KEY ("projectId", "mergedIntoId") REFERENCES "Entity"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_reliability_check" CHECK ("reliability" IS NULL OR "reliability" IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_count_check" CHECK ("countMin" IS NULL OR "countMax" IS NULL OR "countMin" <= "countMax");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_version_check" CHECK ("version" >= 1);

-- Claims are never deleted: a wrong one is deprecated with a reason and stays visible.
CREATE FUNCTION "claim_no_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'claims are never deleted; deprecate them instead'
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "Claim_no_delete" BEFORE DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_no_delete"();
