// Writes provenance events inside the caller's transaction, so a change and its record commit or
// vanish together. Each project's chain is linear: the database function `append_events` takes the
// project's advisory lock, reads the head and inserts in one statement, so the lock is held only
// for that statement and the commit (see its migration). Call it last in a transaction. After the
// commit, the same request hashes the events into the project's Merkle tree.
import { afterCommit } from "../db/after-commit";
import type { Tx } from "../db/client";
import { sequenceProject } from "../log/sequence-project";
import { canonicalAroundSeq } from "./event-hash";

export interface NewEvent {
  projectId: string;
  actorId: string | null;
  type: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

/** Appends events of one project in order (one statement however many there are). */
export async function appendEvents(tx: Tx, projectId: string, events: Omit<NewEvent, "projectId">[], now = new Date()) {
  if (events.length === 0) return { lastSeq: 0 };
  const createdAt = now.toISOString();
  const rows = events.map((event) => {
    // Round-trip through JSON so the hashed data is exactly what jsonb hands back.
    const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
    return { ...event, data, ...canonicalAroundSeq({ projectId, ...event, data, createdAt }) };
  });
  const [row] = await tx.$queryRaw<{ lastSeq: number }[]>`
    SELECT "append_events"(${projectId}, ${createdAt}::timestamptz, ${JSON.stringify(rows)}::jsonb) AS "lastSeq"`;
  // Into the Merkle tree once this transaction commits (the sequencer, lib/log/sequence-project.ts).
  afterCommit(`log:${projectId}`, () => sequenceProject(projectId));
  return { lastSeq: row!.lastSeq };
}

export async function appendEvent(tx: Tx, event: NewEvent, now = new Date()): Promise<{ seq: number }> {
  const { projectId, ...rest } = event;
  const { lastSeq } = await appendEvents(tx, projectId, [rest], now);
  return { seq: lastSeq };
}
