-- append_events chains a batch with one INSERT instead of one per event.
--
-- The chain itself cannot be computed as a set: each hash covers the one before it, so the loop
-- stays, but it now only hashes (a few microseconds an event) and keeps the hashes in an array.
-- The events are then written by a single INSERT ... SELECT over the same array of events, each
-- row taking its hash and its predecessor's from that array. A 5,000-annotation import spent most
-- of its commit in the 5,000 single-row INSERTs of the loop (executor start-up, index and trigger
-- work per statement); the hashes, seqs, lock and order are exactly as before, so nothing that
-- verifies the chain changes.
CREATE OR REPLACE FUNCTION "append_events"(p_project_id text, p_created_at timestamptz, p_events jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_first integer;
  v_start text;
  v_seq integer;
  v_prev text;
  v_hashes text[] := '{}';
  part record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('events:' || p_project_id, 0));
  -- In READ COMMITTED each statement of a volatile function takes a new snapshot, so this one sees
  -- every append committed before the lock was granted.
  SELECT "seq", "hash" INTO v_first, v_start FROM "Event" WHERE "projectId" = p_project_id ORDER BY "seq" DESC LIMIT 1;
  v_first := coalesce(v_first, 0);
  v_start := coalesce(v_start, repeat('0', 64));
  v_seq := v_first;
  v_prev := v_start;
  FOR part IN SELECT e.value->>'head' AS head, e.value->>'tail' AS tail FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
    v_seq := v_seq + 1;
    v_prev := encode(sha256(convert_to(v_prev || E'\n' || part.head || v_seq::text || part.tail, 'UTF8')), 'hex');
    v_hashes[v_seq - v_first] := v_prev;
  END LOOP;
  INSERT INTO "Event" ("projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", "prevHash", "hash", "createdAt")
  SELECT p_project_id, v_first + e.n, e.value->>'actorId', e.value->>'type', e.value->>'subjectType', e.value->>'subjectId', e.value->'data',
    CASE WHEN e.n = 1 THEN v_start ELSE v_hashes[e.n - 1] END, v_hashes[e.n], p_created_at
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, n)
  ORDER BY e.n;
  RETURN v_seq;
END $$;
