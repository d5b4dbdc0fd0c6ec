-- AlterTable: documents gain a lineage shared by all versions of one source.
ALTER TABLE "Document" ADD COLUMN "lineageId" TEXT;
UPDATE "Document" SET "lineageId" = "id";
ALTER TABLE "Document" ALTER COLUMN "lineageId" SET NOT NULL;

-- CreateEnum
CREATE TYPE "AnnotationStatus" AS ENUM ('active', 'orphaned', 'retired');

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "codePointStart" INTEGER NOT NULL,
    "codePointEnd" INTEGER NOT NULL,
    "status" "AnnotationStatus" NOT NULL DEFAULT 'active',
    "note" TEXT,
    "orphan" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationAnchor" (
    "id" BIGSERIAL NOT NULL,
    "projectId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "codePointStart" INTEGER NOT NULL,
    "codePointEnd" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "method" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Document_projectId_lineageId_idx" ON "Document"("projectId", "lineageId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_lineageId_version_key" ON "Document"("lineageId", "version");

-- CreateIndex
CREATE INDEX "Annotation_projectId_documentId_start_idx" ON "Annotation"("projectId", "documentId", "start");

-- CreateIndex
CREATE INDEX "Annotation_projectId_lineageId_status_idx" ON "Annotation"("projectId", "lineageId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Annotation_projectId_id_key" ON "Annotation"("projectId", "id");

-- CreateIndex
CREATE INDEX "AnnotationAnchor_projectId_documentId_idx" ON "AnnotationAnchor"("projectId", "documentId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationAnchor_annotationId_documentId_key" ON "AnnotationAnchor"("annotationId", "documentId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationAnchor" ADD CONSTRAINT "AnnotationAnchor_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: spans are well-formed, and anchors are history that never changes.
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_span_check"
  CHECK ("start" >= 0 AND "end" > "start" AND "codePointStart" >= 0 AND "codePointEnd" > "codePointStart");
ALTER TABLE "AnnotationAnchor" ADD CONSTRAINT "AnnotationAnchor_span_check"
  CHECK ("start" >= 0 AND "end" > "start" AND "confidence" >= 0 AND "confidence" <= 1);

CREATE FUNCTION "annotation_anchor_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'annotation anchors are history (% refused)', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "AnnotationAnchor_append_only" BEFORE UPDATE OR DELETE ON "AnnotationAnchor"
  FOR EACH ROW EXECUTE FUNCTION "annotation_anchor_append_only"();

-- Annotations are never removed, only marked deleted or retired.
CREATE FUNCTION "annotation_no_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'annotations are never deleted; set "deletedAt" instead'
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "Annotation_no_delete" BEFORE DELETE ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION "annotation_no_delete"();

-- Live collaboration: every annotation change is announced to all app instances.
CREATE FUNCTION "annotation_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('annotation_changes', json_build_object(
    'projectId', NEW."projectId", 'documentId', NEW."documentId", 'annotationId', NEW."id",
    'op', lower(TG_OP))::text);
  RETURN NEW;
END $$;
CREATE TRIGGER "Annotation_notify" AFTER INSERT OR UPDATE ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION "annotation_notify"();
