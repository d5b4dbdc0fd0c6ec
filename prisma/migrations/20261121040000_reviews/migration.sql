-- AlterTable
ALTER TABLE "Project" ADD COLUMN "requiredApprovals" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "blindAnnotation" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "credibility" INTEGER;

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('approve', 'reject', 'request_changes', 'dispute');

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "claimVersion" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "note" TEXT,
    "credibility" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Review_projectId_claimId_idx" ON "Review"("projectId", "claimId");

-- CreateIndex
CREATE INDEX "Review_projectId_reviewerId_idx" ON "Review"("projectId", "reviewerId");

-- CreateIndex
CREATE INDEX "Comment_projectId_subjectType_subjectId_idx" ON "Comment"("projectId", "subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "Assignment_projectId_userId_idx" ON "Assignment"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_projectId_lineageId_userId_key" ON "Assignment"("projectId", "lineageId", "userId");

-- Hand-written: ranges, same-project references, and reviews as permanent record.
ALTER TABLE "Project" ADD CONSTRAINT "Project_requiredApprovals_check" CHECK ("requiredApprovals" BETWEEN 1 AND 10);
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_credibility_check" CHECK ("credibility" IS NULL OR "credibility" BETWEEN 1 AND 6);
ALTER TABLE "Review" ADD CONSTRAINT "Review_credibility_check" CHECK ("credibility" IS NULL OR "credibility" BETWEEN 1 AND 6);
ALTER TABLE "Review" ADD CONSTRAINT "Review_claim_fkey"
  FOREIGN KEY ("projectId", "claimId") REFERENCES "Claim"("projectId", "id") ON DELETE RESTRICT;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_check" CHECK (length("body") > 0);

CREATE FUNCTION "review_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'reviews are a permanent record (% refused)', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "Review_append_only" BEFORE UPDATE OR DELETE ON "Review"
  FOR EACH ROW EXECUTE FUNCTION "review_append_only"();
