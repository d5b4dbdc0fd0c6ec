-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseFile" (
    "releaseId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReleaseFile_pkey" PRIMARY KEY ("releaseId","name")
);

-- CreateTable
CREATE TABLE "ReleaseFileChunk" (
    "releaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "ReleaseFileChunk_pkey" PRIMARY KEY ("releaseId","name","seq")
);

-- CreateIndex
CREATE INDEX "Release_projectId_createdAt_idx" ON "Release"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Release_projectId_id_key" ON "Release"("projectId", "id");

-- Hand-written: releases belong to a project, files to a release, and nothing is ever changed.
ALTER TABLE "Release" ADD CONSTRAINT "Release_projectId_fkey"
  FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT;
ALTER TABLE "ReleaseFile" ADD CONSTRAINT "ReleaseFile_release_fkey"
  FOREIGN KEY ("projectId", "releaseId") REFERENCES "Release"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "ReleaseFileChunk" ADD CONSTRAINT "ReleaseFileChunk_release_fkey"
  FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT;
ALTER TABLE "Release" ADD CONSTRAINT "Release_name_check" CHECK (length("name") BETWEEN 1 AND 200);
ALTER TABLE "ReleaseFile" ADD CONSTRAINT "ReleaseFile_values_check"
  CHECK ("bytes" >= 0 AND "sha256" ~ '^[0-9a-f]{64}$' AND "position" >= 0);
ALTER TABLE "ReleaseFileChunk" ADD CONSTRAINT "ReleaseFileChunk_seq_check" CHECK ("seq" >= 0);

CREATE FUNCTION "release_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'releases are frozen (% on % refused)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "Release_append_only" BEFORE UPDATE OR DELETE ON "Release"
  FOR EACH ROW EXECUTE FUNCTION "release_append_only"();
CREATE TRIGGER "ReleaseFile_append_only" BEFORE UPDATE OR DELETE ON "ReleaseFile"
  FOR EACH ROW EXECUTE FUNCTION "release_append_only"();
CREATE TRIGGER "ReleaseFileChunk_append_only" BEFORE UPDATE OR DELETE ON "ReleaseFileChunk"
  FOR EACH ROW EXECUTE FUNCTION "release_append_only"();
CREATE TRIGGER "Release_no_truncate" BEFORE TRUNCATE ON "Release"
  FOR EACH STATEMENT EXECUTE FUNCTION "release_append_only"();
CREATE TRIGGER "ReleaseFile_no_truncate" BEFORE TRUNCATE ON "ReleaseFile"
  FOR EACH STATEMENT EXECUTE FUNCTION "release_append_only"();
CREATE TRIGGER "ReleaseFileChunk_no_truncate" BEFORE TRUNCATE ON "ReleaseFileChunk"
  FOR EACH STATEMENT EXECUTE FUNCTION "release_append_only"();
