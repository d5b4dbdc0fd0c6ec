-- What a finished source job came to: a new document, a new version of one, or (a page captured
-- again whose article had not changed) nothing new.
ALTER TABLE "SourceJob" ADD COLUMN "outcome" TEXT;
ALTER TABLE "SourceJob" ADD CONSTRAINT "SourceJob_outcome_check" CHECK ("outcome" IS NULL OR "outcome" IN ('created', 'new_version', 'unchanged'));
