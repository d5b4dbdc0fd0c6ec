// Writes one provenance event inside the caller's transaction, so the change and its record
// commit or vanish together. A per-project advisory lock keeps the chain linear.
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

export async function appendEvent(tx: Tx, event: NewEvent, now = new Date()): Promise<{ seq: number; hash: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"events:" + event.projectId}, 0))`;
  const last = await tx.event.findFirst({
    where: { projectId: event.projectId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const createdAt = now.toISOString();
  // Round-trip through JSON so the hashed data is exactly what jsonb will hand back.
  const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
  const content: HashedEventContent = { ...event, data, seq, createdAt };
  const hash = eventHash(prevHash, content);
  await tx.event.create({
    data: { ...event, data: data as never, seq, prevHash, hash, createdAt: new Date(createdAt) },
  });
  return { seq, hash };
}
