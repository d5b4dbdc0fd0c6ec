-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "artifactSha256" TEXT,
ADD COLUMN     "capture" JSONB,
ADD COLUMN     "derivation" JSONB,
ADD COLUMN     "pages" JSONB;

-- CreateTable
CREATE TABLE "Artifact" (
    "projectId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Artifact_pkey" PRIMARY KEY ("projectId","sha256")
);

-- CreateTable
CREATE TABLE "ArtifactChunk" (
    "projectId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ArtifactChunk_pkey" PRIMARY KEY ("projectId","sha256","seq")
);

-- CreateTable
CREATE TABLE "SourceJob" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "progressUnit" TEXT NOT NULL DEFAULT 'bytes',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "documentId" TEXT,
    "input" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SourceJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceJobChunk" (
    "jobId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "SourceJobChunk_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateTable
CREATE TABLE "DocumentLayout" (
    "documentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "layout" JSONB NOT NULL,

    CONSTRAINT "DocumentLayout_pkey" PRIMARY KEY ("documentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceJob_projectId_id_key" ON "SourceJob"("projectId", "id");

-- CreateIndex
CREATE INDEX "SourceJob_projectId_createdAt_idx" ON "SourceJob"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentLayout_projectId_documentId_key" ON "DocumentLayout"("projectId", "documentId");

-- Hand-written: artifacts belong to a project and are evidence: stored once, never changed.
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_projectId_fkey"
  FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT;
ALTER TABLE "ArtifactChunk" ADD CONSTRAINT "ArtifactChunk_artifact_fkey"
  FOREIGN KEY ("projectId", "sha256") REFERENCES "Artifact"("projectId", "sha256") ON DELETE RESTRICT;
ALTER TABLE "Artifact" ADD CONSTRAINT "Artifact_values_check"
  CHECK ("bytes" > 0 AND "sha256" ~ '^[0-9a-f]{64}$' AND length("mediaType") BETWEEN 1 AND 200);
ALTER TABLE "ArtifactChunk" ADD CONSTRAINT "ArtifactChunk_seq_check" CHECK ("seq" >= 0);
ALTER TABLE "Document" ADD CONSTRAINT "Document_artifact_fkey"
  FOREIGN KEY ("projectId", "artifactSha256") REFERENCES "Artifact"("projectId", "sha256") ON DELETE RESTRICT;

CREATE FUNCTION "artifact_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'artifacts are immutable (% on % refused)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "Artifact_immutable" BEFORE UPDATE OR DELETE ON "Artifact"
  FOR EACH ROW EXECUTE FUNCTION "artifact_immutable"();
CREATE TRIGGER "ArtifactChunk_immutable" BEFORE UPDATE OR DELETE ON "ArtifactChunk"
  FOR EACH ROW EXECUTE FUNCTION "artifact_immutable"();
CREATE TRIGGER "Artifact_no_truncate" BEFORE TRUNCATE ON "Artifact"
  FOR EACH STATEMENT EXECUTE FUNCTION "artifact_immutable"();
CREATE TRIGGER "ArtifactChunk_no_truncate" BEFORE TRUNCATE ON "ArtifactChunk"
  FOR EACH STATEMENT EXECUTE FUNCTION "artifact_immutable"();

-- A document's artifact, derivation and pages are part of its evidence, like its text.
CREATE OR REPLACE FUNCTION "document_text_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."text" IS DISTINCT FROM OLD."text" OR NEW."sha256" IS DISTINCT FROM OLD."sha256"
     OR NEW."length" IS DISTINCT FROM OLD."length" OR NEW."projectId" IS DISTINCT FROM OLD."projectId"
     OR NEW."artifactSha256" IS DISTINCT FROM OLD."artifactSha256" OR NEW."derivation" IS DISTINCT FROM OLD."derivation"
     OR NEW."pages" IS DISTINCT FROM OLD."pages" THEN
    RAISE EXCEPTION 'document % is immutable: its text, hash, artifact, derivation, pages and project cannot change', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

ALTER TABLE "SourceJob" ADD CONSTRAINT "SourceJob_projectId_fkey"
  FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE;
ALTER TABLE "SourceJob" ADD CONSTRAINT "SourceJob_status_check"
  CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed'));
ALTER TABLE "SourceJobChunk" ADD CONSTRAINT "SourceJobChunk_job_fkey"
  FOREIGN KEY ("projectId", "jobId") REFERENCES "SourceJob"("projectId", "id") ON DELETE CASCADE;
ALTER TABLE "DocumentLayout" ADD CONSTRAINT "DocumentLayout_document_fkey"
  FOREIGN KEY ("projectId", "documentId") REFERENCES "Document"("projectId", "id") ON DELETE CASCADE;
