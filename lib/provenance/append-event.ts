// Writes provenance events inside the caller's transaction, so a change and its record commit or
// vanish together. A per-project advisory lock keeps each project's chain linear.
import type { Tx } from "../db/client";
import { eventHash, GENESIS_HASH, type HashedEventContent } from "./event-hash";

export interface NewEvent {
  projectId: string;
  actorId: string | null;
  type: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

/** Appends events of one project in order (one lock and one insert however many there are). */
export async function appendEvents(tx: Tx, projectId: string, events: Omit<NewEvent, "projectId">[], now = new Date()) {
  if (events.length === 0) return { lastSeq: 0 };
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"events:" + projectId}, 0))`;
  const last = await tx.event.findFirst({ where: { projectId }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const createdAt = now.toISOString();
  const rows = events.map((event) => {
    seq += 1;
    // Round-trip through JSON so the hashed data is exactly what jsonb hands back.
    const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
    const content: HashedEventContent = { projectId, ...event, data, seq, createdAt };
    const hash = eventHash(prevHash, content);
    const row = { projectId, ...event, data: data as never, seq, prevHash, hash, createdAt: now };
    prevHash = hash;
    return row;
  });
  await tx.event.createMany({ data: rows });
  return { lastSeq: seq };
}

export async function appendEvent(tx: Tx, event: NewEvent, now = new Date()): Promise<{ seq: number }> {
  const { projectId, ...rest } = event;
  const { lastSeq } = await appendEvents(tx, projectId, [rest], now);
  return { seq: lastSeq };
}
