-- Token scopes: the projects a token may reach (empty: every project of its user) and read-only tokens.
-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN "projectIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "readOnly" BOOLEAN NOT NULL DEFAULT false;
