-- Phrases read only their word pairs. A phrase of common words ("summer of 1988") used to add up
-- every posting of every word and then check, row by row, the items where the words stand side by
-- side. Here each item also keeps one row per pair of adjacent words (positions p and p + 1 in its
-- search vector, so exactly the adjacency a tsquery's <-> tests), with how often each of the two
-- words occurs in the item: a phrase's candidates are the items holding all of its pairs, and its
-- rank (how often its words occur, summed over the words, as for any other query) comes from the
-- same rows, so no word's postings are read. Kept by the same triggers, in the same transaction.
-- The pairs are derived data: every query still checks the item's own row (project, match,
-- visibility), and a pair row only says where to look.
CREATE TABLE "SearchPair" (
    "projectId" TEXT NOT NULL,
    -- d: Document, a: Annotation, c: Claim, e: Entity.
    "kind" CHAR(1) NOT NULL,
    -- The word at some position p, and the word at p + 1.
    "term" TEXT NOT NULL,
    "next" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    -- How often each of the two words occurs in the item (its SearchPosting impact).
    "termImpact" SMALLINT NOT NULL,
    "nextImpact" SMALLINT NOT NULL,
    CONSTRAINT "SearchPair_pkey" PRIMARY KEY ("projectId", "kind", "term", "next", "itemId")
);

-- Every pair of adjacent words of a search vector once, with each word's number of positions.
CREATE FUNCTION "search_pairs"(v tsvector) RETURNS TABLE (term text, next text, "termImpact" smallint, "nextImpact" smallint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH at AS (
    SELECT u.lexeme, p, coalesce(array_length(u.positions, 1), 1)::smallint AS impact
    FROM unnest(coalesce(v, ''::tsvector)) u, unnest(u.positions) p
  )
  SELECT DISTINCT a.lexeme, b.lexeme, a.impact, b.impact FROM at a JOIN at b ON b.p = a.p + 1
$$;

CREATE OR REPLACE FUNCTION "search_postings_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k CHAR(1) := TG_ARGV[0];
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM "SearchPosting" p
    WHERE p."projectId" = OLD."projectId" AND p.kind = k AND p."itemId" = OLD.id
      AND p.term = ANY (tsvector_to_array(coalesce(OLD."searchVector", ''::tsvector)));
    -- By the old vector's own pairs, so each row is found through the primary key.
    DELETE FROM "SearchPair" p USING "search_pairs"(OLD."searchVector") s
    WHERE p."projectId" = OLD."projectId" AND p.kind = k AND p.term = s.term AND p.next = s.next AND p."itemId" = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SearchPosting" ("projectId", kind, term, "itemId", impact)
    SELECT NEW."projectId", k, u.lexeme, NEW.id, coalesce(array_length(u.positions, 1), 1)
    FROM unnest(coalesce(NEW."searchVector", ''::tsvector)) u;
    INSERT INTO "SearchPair" ("projectId", kind, term, next, "itemId", "termImpact", "nextImpact")
    SELECT NEW."projectId", k, s.term, s.next, NEW.id, s."termImpact", s."nextImpact"
    FROM "search_pairs"(NEW."searchVector") s;
  END IF;
  RETURN NULL;
END $$;

-- The pairs of every row there already is.
CREATE FUNCTION "search_pairs_rebuild"() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchPair";
  INSERT INTO "SearchPair" ("projectId", kind, term, next, "itemId", "termImpact", "nextImpact")
  SELECT t."projectId", 'd', s.term, s.next, t.id, s."termImpact", s."nextImpact" FROM "Document" t, "search_pairs"(t."searchVector") s
  UNION ALL
  SELECT t."projectId", 'a', s.term, s.next, t.id, s."termImpact", s."nextImpact" FROM "Annotation" t, "search_pairs"(t."searchVector") s
  UNION ALL
  SELECT t."projectId", 'c', s.term, s.next, t.id, s."termImpact", s."nextImpact" FROM "Claim" t, "search_pairs"(t."searchVector") s
  UNION ALL
  SELECT t."projectId", 'e', s.term, s.next, t.id, s."termImpact", s."nextImpact" FROM "Entity" t, "search_pairs"(t."searchVector") s;
$$;

-- The postings and pairs of every row there already is (also what a bulk load that skipped
-- triggers runs).
CREATE OR REPLACE FUNCTION "search_postings_rebuild"() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchPosting", "SearchPair";
  INSERT INTO "SearchPosting" ("projectId", kind, term, "itemId", impact)
  SELECT t."projectId", 'd', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Document" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'a', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Annotation" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'c', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Claim" t, unnest(t."searchVector") u
  UNION ALL
  SELECT t."projectId", 'e', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Entity" t, unnest(t."searchVector") u;
  SELECT "search_pairs_rebuild"();
$$;

-- The pairs of the rows there already are; the project key is checked once afterwards, in one
-- pass, rather than row by row as each pair is written (tens of millions of checks at scale).
SELECT "search_pairs_rebuild"();
ALTER TABLE "SearchPair" ADD CONSTRAINT "SearchPair_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- One pair's items best first (both words' counts, then id): the order a phrase of two words
-- answers in, read lazily from here like one word's postings, so common pairs cost a page. It
-- carries both counts, so a longer phrase adds up its pairs from the index alone: read through
-- the table, 17,000 pairs took about a second at 0.3 scale, one random page read each.
CREATE INDEX "SearchPair_rank_idx" ON "SearchPair" ("projectId", "kind", "term", "next", ("termImpact" + "nextImpact") DESC, "itemId") INCLUDE ("termImpact", "nextImpact");
-- Statistics for the planner at once (a freshly filled table has none until autovacuum comes by).
ANALYZE "SearchPair";
