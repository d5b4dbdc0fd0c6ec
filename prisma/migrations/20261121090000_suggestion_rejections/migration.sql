-- CreateTable
CREATE TABLE "SuggestionRejection" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "rejectedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionRejection_projectId_documentId_start_end_key" ON "SuggestionRejection"("projectId", "documentId", "start", "end");

-- Hand-written: a rejection names a real document of the same project and a span inside it.
ALTER TABLE "SuggestionRejection" ADD CONSTRAINT "SuggestionRejection_span_check" CHECK ("start" >= 0 AND "start" < "end");
ALTER TABLE "SuggestionRejection" ADD CONSTRAINT "SuggestionRejection_document_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT;
