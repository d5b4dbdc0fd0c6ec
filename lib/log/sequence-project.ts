// The sequencer: hashes a project's committed events into its Merkle tree and signs the new head,
// right after the transaction that wrote them commits (see lib/db/after-commit.ts), when a head is
// read, and at start-up for whatever a crash left behind. Events already carry their seq (the hash
// chain gives them one at commit), so leaf i is simply the event with seq i + 1; the tree only
// catches up with the chain.
//
// One sequencer per project at a time: a transaction-scoped advisory lock, *tried*, so writers never
// queue behind it. A writer that finds the lock taken returns at once; the holder looks again for
// newer events after it commits, and such a writer's events committed before it tried, so they are
// found then. Nodes and head of one step commit together: a crash leaves the tree as it was.
import { sign } from "node:crypto";
import { db, type Tx } from "../db/client";
import { headStatement } from "./head-statement";
import { leafInput, type LeafEvent } from "./leaf-input";
import { recordSigningKey } from "./log-keys";
import { leafHash, nodeHash } from "./merkle-hash";
import { readNodes } from "./read-nodes";
import { currentSigningKey } from "./signing-key";
import { type NodeKey, nodeKey, rangeHash } from "./tree-ranges";

/** Events hashed per transaction; a long backlog (after a crash, a restore) takes several. */
const BATCH = 5000;

export interface SequenceOutcome {
  /** null when another sequencer had the project (it covers this call's events). */
  treeSize: number | null;
  /** Leaves added by this call (0 when another sequencer held the project or nothing was new). */
  added: number;
}

const lockKey = (projectId: string) => `log:${projectId}`;

export async function currentTreeSize(projectId: string, tx?: Tx): Promise<number> {
  const [row] = await (tx ?? db()).$queryRaw<{ size: number | null }[]>`
    SELECT max("treeSize") AS "size" FROM "LogHead" WHERE "projectId" = ${projectId}`;
  return row?.size ?? 0;
}

/** The complete subtrees of a tree of `size` leaves, biggest first: all appending needs. */
function frontier(size: number): NodeKey[] {
  const keys: NodeKey[] = [];
  for (let level = 31; level >= 0; level--) if (size & (2 ** level)) keys.push({ level, index: Math.floor(size / 2 ** level) - 1 });
  return keys;
}

async function sequenceBatch(tx: Tx, projectId: string, now: () => Date, wait: boolean): Promise<{ size: number; added: number; busy: boolean }> {
  if (wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey(projectId)}, 0))`;
  else {
    const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${lockKey(projectId)}, 0)) AS "ok"`;
    if (!lock?.ok) return { size: 0, added: 0, busy: true };
  }
  const size = await currentTreeSize(projectId, tx);
  // Raw rows (the client's model mapping costs more than the hashing); createdAt as toISOString() writes it.
  const events = await tx.$queryRaw<LeafEvent[]>`
    SELECT "projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data",
      to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
    FROM "Event" WHERE "projectId" = ${projectId} AND "seq" > ${size} ORDER BY "seq" LIMIT ${BATCH}`;
  // Seqs are dense (the chain hands them out under its lock); a gap would mean an event not yet visible.
  const contiguous = events.findIndex((e, i) => e.seq !== size + i + 1);
  const batch = contiguous < 0 ? events : events.slice(0, contiguous);
  if (batch.length === 0) return { size, added: 0, busy: false };

  const nodes = await readNodes(projectId, frontier(size), tx);
  const fresh: { level: number; index: number; hash: Buffer }[] = [];
  const put = (level: number, index: number, hash: Buffer) => {
    nodes.set(nodeKey({ level, index }), hash);
    fresh.push({ level, index, hash });
  };
  for (const e of batch) {
    let index = e.seq - 1;
    let level = 0;
    let hash = leafHash(leafInput(e));
    put(level, index, hash);
    while (index % 2 === 1) {
      hash = nodeHash(nodes.get(nodeKey({ level, index: index - 1 }))!, hash);
      level += 1;
      index = (index - 1) / 2;
      put(level, index, hash);
    }
  }
  const treeSize = size + batch.length;
  const rootHash = rangeHash([0, treeSize], (k) => nodes.get(nodeKey(k))!).toString("hex");
  await tx.$executeRaw`
    INSERT INTO "LogNode" ("projectId", "level", "index", "hash")
    SELECT ${projectId}, l, i, decode(h, 'hex')
    FROM unnest(${fresh.map((n) => n.level)}::smallint[], ${fresh.map((n) => n.index)}::int[], ${fresh.map((n) => n.hash.toString("hex"))}::text[]) AS t(l, i, h)`;
  await insertHead(tx, projectId, treeSize, rootHash, now());
  return { size: treeSize, added: batch.length, busy: false };
}

export async function insertHead(tx: Tx, projectId: string, treeSize: number, rootHash: string, at: Date): Promise<void> {
  const key = currentSigningKey();
  const timestamp = new Date(Math.floor(at.getTime())).toISOString();
  const signature = sign(null, headStatement({ projectId, treeSize, rootHash, timestamp }), key.privateKey).toString("base64");
  await tx.logHead.create({ data: { projectId, treeSize, rootHash, timestamp: new Date(timestamp), keyId: key.keyId, signature } });
}

/**
 * Brings the project's tree up to its committed events. Writers call it without `wait` (another
 * sequencer at work covers them); readers that need every committed event in the tree (a head read,
 * a release, a proof) wait for the lock instead. Within one process, writers of a project that find
 * its sequencer running only ask it for one more pass, costing no database round trip at all.
 */
export async function sequenceProject(projectId: string, options: { now?: () => Date; wait?: boolean } = {}): Promise<SequenceOutcome> {
  if (options.wait) return sequenceNow(projectId, options);
  const running = inFlight.get(projectId);
  if (running) {
    running.again = true;
    return { treeSize: null, added: 0 };
  }
  const flight = { again: false };
  inFlight.set(projectId, flight);
  try {
    let added = 0;
    let outcome: SequenceOutcome;
    do {
      flight.again = false;
      outcome = await sequenceNow(projectId, options);
      added += outcome.added;
    } while (flight.again && outcome.treeSize !== null);
    return { treeSize: outcome.treeSize, added };
  } finally {
    inFlight.delete(projectId);
  }
}

const inFlight = new Map<string, { again: boolean }>();

async function sequenceNow(projectId: string, options: { now?: () => Date; wait?: boolean }): Promise<SequenceOutcome> {
  const now = options.now ?? (() => new Date());
  await recordSigningKey(currentSigningKey());
  let added = 0;
  for (;;) {
    const step = await db().$transaction((tx) => sequenceBatch(tx, projectId, now, options.wait ?? false), { timeout: 60_000 });
    // Another process's sequencer holds the project: it looks again after it commits.
    if (step.busy) return { treeSize: null, added };
    added += step.added;
    // Looked at after our commit released the lock: catches writers that found it taken.
    const [last] = await db().$queryRaw<{ seq: number | null }[]>`SELECT max("seq") AS "seq" FROM "Event" WHERE "projectId" = ${projectId}`;
    if ((last?.seq ?? 0) <= step.size || step.added === 0) return { treeSize: step.size, added };
  }
}

/** Every project whose tree lags its log (at start-up, after a crash). */
export async function sequenceAllProjects(): Promise<{ projects: number; added: number }> {
  const lagging = await db().$queryRaw<{ projectId: string }[]>`
    SELECT e."projectId" FROM (SELECT "projectId", max("seq") AS "seq" FROM "Event" GROUP BY "projectId") e
    LEFT JOIN (SELECT "projectId", max("treeSize") AS "size" FROM "LogHead" GROUP BY "projectId") h ON h."projectId" = e."projectId"
    WHERE e."seq" > coalesce(h."size", 0)`;
  let added = 0;
  for (const { projectId } of lagging) added += (await sequenceProject(projectId)).added;
  return { projects: lagging.length, added };
}
