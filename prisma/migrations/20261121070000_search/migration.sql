-- Search in any script with Postgres alone. Text is folded before indexing: compatibility forms,
-- case, combining marks (Latin accents, Arabic harakat, madda/hamza marks), tatweel, ZWNJ and
-- bidi controls, and Arabic/Persian letter variants (ي/ی, ك/ک, ة/ه, أ/إ/آ/ا, ؤ/و, ئ/ی). The
-- 'simple' configuration makes no stemming assumption that would break other scripts.
-- plpgsql, so the planner never inlines it into generated columns (normalize() itself is only stable).
CREATE FUNCTION "search_fold"(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN lower(translate(
    regexp_replace(normalize(t, NFKD), '[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]', '', 'g'),
    'يىكةأإآٱؤئ', 'ییکهااااوی'));
END $$;

-- array_to_string() is only stable; names and aliases are plain text, so this is immutable.
CREATE FUNCTION "search_fold_names"(name text, aliases text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN "search_fold"(name || E'\n' || array_to_string(aliases, E'\n'));
END $$;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_fold"("title" || E'\n' || "text"))) STORED;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_fold"("exact" || E'\n' || coalesce("note", '')))) STORED;

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_fold_names"("name", "aliases"))) STORED;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "search_fold"("type" || E'\n' || "searchText"))) STORED;

CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
-- Numeric search: counts whose range overlaps a query range.
CREATE INDEX "Claim_projectId_countMin_countMax_idx" ON "Claim" ("projectId", "countMin", "countMax");
