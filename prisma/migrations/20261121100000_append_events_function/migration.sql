-- Appends events to a project's hash chain in one statement. The chain is linear, so appends to one
-- project wait for each other on an advisory lock held until commit; taking the lock, reading the
-- chain's head and inserting in one round trip keeps the time the lock is held, and with it the
-- wait of every other writer of the project, to this statement and the commit.
--
-- The application sends each event's RFC 8785 canonical JSON split around the value of "seq"
-- ("head" ends with `"seq":`, "tail" starts with the `,` after it), since only this function knows
-- the seq under the lock. hash = sha256(prevHash || '\n' || head || seq || tail), exactly as
-- lib/provenance/event-hash.ts computes it, so verification does not change.
CREATE FUNCTION "append_events"(p_project_id text, p_created_at timestamptz, p_events jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  e jsonb;
  v_seq integer;
  v_prev text;
  v_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('events:' || p_project_id, 0));
  -- In READ COMMITTED each statement of a volatile function takes a new snapshot, so this one sees
  -- every append committed before the lock was granted.
  SELECT "seq", "hash" INTO v_seq, v_prev FROM "Event" WHERE "projectId" = p_project_id ORDER BY "seq" DESC LIMIT 1;
  v_seq := coalesce(v_seq, 0);
  v_prev := coalesce(v_prev, repeat('0', 64));
  FOR e IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    v_seq := v_seq + 1;
    v_hash := encode(sha256(convert_to(v_prev || E'\n' || (e->>'head') || v_seq::text || (e->>'tail'), 'UTF8')), 'hex');
    INSERT INTO "Event" ("projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", "prevHash", "hash", "createdAt")
    VALUES (p_project_id, v_seq, e->>'actorId', e->>'type', e->>'subjectType', e->>'subjectId', e->'data', v_prev, v_hash, p_created_at);
    v_prev := v_hash;
  END LOOP;
  RETURN v_seq;
END $$;
