// Recomputes a project's hash chain from the stored events.
import { db } from "../db/client";
import { eventHash, GENESIS_HASH } from "./event-hash";

export interface ChainReport {
  ok: boolean;
  count: number;
  headHash: string;
  brokenAtSeq?: number;
}

export async function verifyChain(projectId: string): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let count = 0;
  let afterSeq = 0;
  for (;;) {
    const batch = await db().event.findMany({
      where: { projectId, seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: 1000,
    });
    for (const e of batch) {
      const expected = eventHash(prev, {
        projectId: e.projectId,
        seq: e.seq,
        actorId: e.actorId,
        type: e.type,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        data: e.data,
        createdAt: e.createdAt.toISOString(),
      });
      if (e.seq !== count + 1 || e.prevHash !== prev || e.hash !== expected) {
        return { ok: false, count, headHash: prev, brokenAtSeq: e.seq };
      }
      prev = e.hash;
      count += 1;
      afterSeq = e.seq;
    }
    if (batch.length < 1000) break;
  }
  return { ok: true, count, headHash: prev };
}
