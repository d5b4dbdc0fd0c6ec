-- A project's events join its hash chain at COMMIT, not when the application writes them.
--
-- The chain is linear, so its writers queue on the project's advisory lock, and that lock lasts until
-- the transaction ends. Taken by a statement in the middle of a transaction, it also covered the
-- round trip back to the application and the application's COMMIT, which under load waits behind
-- other requests in a busy Node process: every other writer of the project waited for that too.
-- Now the application stages its events in "EventStage" and a deferred constraint trigger chains
-- them during COMMIT itself: the lock is held for the chaining and the commit, and no round trip.
-- A failure while chaining fails the commit, so a change and its events still commit together.
--
-- UNLOGGED: a staged row never outlives its transaction (the trigger deletes it before the commit
-- completes), so there is nothing to recover after a crash and no reason to write it to the WAL.
CREATE UNLOGGED TABLE "EventStage" (
  "id" BIGSERIAL NOT NULL,
  "projectId" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL,
  "events" JSONB NOT NULL,
  CONSTRAINT "EventStage_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION "chain_staged_events"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "append_events"(NEW."projectId", NEW."createdAt", NEW."events");
  DELETE FROM "EventStage" WHERE "id" = NEW."id";
  RETURN NULL;
END $$;

-- Deferred row triggers fire at COMMIT in the order their rows were inserted, so the events of one
-- transaction keep the order the application staged them in.
CREATE CONSTRAINT TRIGGER "EventStage_chain_at_commit" AFTER INSERT ON "EventStage"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "chain_staged_events"();
