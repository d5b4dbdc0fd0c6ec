-- Ranking every match, fast: one posting per (item, word) with how often the word occurs in the
-- item (its impact), kept by triggers in the same transaction as the row it indexes, so a new
-- source, quote, claim or entity is ranked at once and a deleted one at once is not. A search sums
-- the impacts of its words per item and walks items best first, checking each against its own row
-- (project, full-text match, visibility) until it has a page: one word reads its postings already
-- in rank order from the index below; several words read only their own postings, never the text.
-- The postings are derived data: every query also filters the item's own row by project id.
CREATE TABLE "SearchPosting" (
    "projectId" TEXT NOT NULL,
    -- d: Document, a: Annotation, c: Claim, e: Entity.
    "kind" CHAR(1) NOT NULL,
    "term" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    -- How often the word occurs in the item (a tsvector keeps at most 256 positions per word).
    "impact" SMALLINT NOT NULL,
    CONSTRAINT "SearchPosting_pkey" PRIMARY KEY ("projectId", "kind", "term", "itemId"),
    CONSTRAINT "SearchPosting_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- One word's items best first (impact, then id): the order a one-word search answers in.
CREATE INDEX "SearchPosting_projectId_kind_term_impact_itemId_idx" ON "SearchPosting" ("projectId", "kind", "term", "impact" DESC, "itemId");

CREATE FUNCTION "search_postings_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k CHAR(1) := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM "SearchPosting" p
    WHERE p."projectId" = OLD."projectId" AND p.kind = k AND p."itemId" = OLD.id
      AND p.term = ANY (tsvector_to_array(coalesce(OLD."searchVector", ''::tsvector)));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SearchPosting" ("projectId", kind, term, "itemId", impact)
    SELECT NEW."projectId", k, u.lexeme, NEW.id, coalesce(array_length(u.positions, 1), 1)
    FROM unnest(coalesce(NEW."searchVector", ''::tsvector)) u;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Document_search_postings" AFTER INSERT OR DELETE ON "Document" FOR EACH ROW EXECUTE FUNCTION "search_postings_sync"('d');
CREATE TRIGGER "Document_search_postings_update" AFTER UPDATE ON "Document" FOR EACH ROW
  WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD."projectId" IS DISTINCT FROM NEW."projectId") EXECUTE FUNCTION "search_postings_sync"('d');
CREATE TRIGGER "Annotation_search_postings" AFTER INSERT OR DELETE ON "Annotation" FOR EACH ROW EXECUTE FUNCTION "search_postings_sync"('a');
CREATE TRIGGER "Annotation_search_postings_update" AFTER UPDATE ON "Annotation" FOR EACH ROW
  WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD."projectId" IS DISTINCT FROM NEW."projectId") EXECUTE FUNCTION "search_postings_sync"('a');
CREATE TRIGGER "Claim_search_postings" AFTER INSERT OR DELETE ON "Claim" FOR EACH ROW EXECUTE FUNCTION "search_postings_sync"('c');
CREATE TRIGGER "Claim_search_postings_update" AFTER UPDATE ON "Claim" FOR EACH ROW
  WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD."projectId" IS DISTINCT FROM NEW."projectId") EXECUTE FUNCTION "search_postings_sync"('c');
CREATE TRIGGER "Entity_search_postings" AFTER INSERT OR DELETE ON "Entity" FOR EACH ROW EXECUTE FUNCTION "search_postings_sync"('e');
CREATE TRIGGER "Entity_search_postings_update" AFTER UPDATE ON "Entity" FOR EACH ROW
  WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD."projectId" IS DISTINCT FROM NEW."projectId") EXECUTE FUNCTION "search_postings_sync"('e');

-- The postings of every row there already is (also what a bulk load that skipped triggers runs).
CREATE FUNCTION "search_postings_rebuild"() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchPosting";
  INSERT INTO "SearchPosting" ("projectId", kind, term, "itemId", impact)
  SELECT t."projectId", 'd', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Document" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'a', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Annotation" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'c', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Claim" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'e', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Entity" t, unnest(t."searchVector") u;
$$;

SELECT "search_postings_rebuild"();
