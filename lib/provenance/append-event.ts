// Writes provenance events inside the caller's transaction, so a change and its record commit or
// vanish together. Each project's chain is linear, so its writers take turns; to keep each turn
// short the events are staged here and chained during COMMIT by a deferred trigger (the database
// function `append_events`, run under the project's advisory lock): a writer waits on the others
// only while they commit, never while their application finishes a request. Their seq is therefore
// known only after the commit. After it, the same request hashes them into the Merkle tree.
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

/**
 * What one "EventStage" row holds for these events: their creation time and the JSON array the
 * chaining function completes with each seq. For writers that stage it in a statement of their own.
 */
export function stagedEvents(projectId: string, events: Omit<NewEvent, "projectId">[], now = new Date()): { createdAt: string; events: Record<string, unknown>[] } {
  const createdAt = now.toISOString();
  const rows = events.map((event) => {
    // Round-trip through JSON so the hashed data is exactly what jsonb hands back.
    const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
    return { ...event, data, ...canonicalAroundSeq({ projectId, ...event, data, createdAt }) };
  });
  return { createdAt, events: rows };
}

/** Appends events of one project in order (one statement however many there are). */
export async function appendEvents(tx: Tx, projectId: string, events: Omit<NewEvent, "projectId">[], now = new Date()): Promise<void> {
  if (events.length === 0) return;
  const staged = stagedEvents(projectId, events, now);
  await tx.$executeRaw`
    INSERT INTO "EventStage" ("projectId", "createdAt", "events") VALUES (${projectId}, ${staged.createdAt}::timestamptz, ${JSON.stringify(staged.events)}::jsonb)`;
  // Into the Merkle tree once this transaction commits (the sequencer, lib/log/sequence-project.ts).
  afterCommit(`log:${projectId}`, () => sequenceProject(projectId));
}

export async function appendEvent(tx: Tx, event: NewEvent, now = new Date()): Promise<void> {
  const { projectId, ...rest } = event;
  await appendEvents(tx, projectId, [rest], now);
}
