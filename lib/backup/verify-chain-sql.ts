// Recomputes a project's hash chain on a given connection, so a restore can check the chain it
// wrote before committing (lib/provenance/verify-chain.ts reads through the app's own client).
import type { Sql } from "postgres";
import { eventHash, GENESIS_HASH } from "../provenance/event-hash";
import type { ChainReport } from "../provenance/verify-chain";

interface EventRow {
  projectId: string;
  seq: number;
  actorId: string | null;
  type: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  prevHash: string;
  hash: string;
  createdAt: Date;
}

export async function verifyChainOn(sql: Sql, projectId: string): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let count = 0;
  const rows = sql<EventRow[]>`
    SELECT "projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", "prevHash", "hash", "createdAt"
    FROM "Event" WHERE "projectId" = ${projectId} ORDER BY "seq"`;
  for await (const batch of rows.cursor(1000)) {
    for (const e of batch) {
      const { prevHash, hash, createdAt, ...content } = e;
      const expected = eventHash(prev, { ...content, createdAt: createdAt.toISOString() });
      if (e.seq !== count + 1 || prevHash !== prev || hash !== expected) return { ok: false, count, headHash: prev, brokenAtSeq: e.seq };
      prev = hash;
      count += 1;
    }
  }
  return { ok: true, count, headHash: prev };
}
