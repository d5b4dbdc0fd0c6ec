// The sequencer: hashes a project's committed events into its Merkle tree and signs the new head,
// right after the statement or transaction that wrote them commits, when a head is read, and at
// start-up for whatever a crash left behind. Events already carry their seq (the hash chain gives
// them one at commit), so leaf i is simply the event with seq i + 1; the tree only catches up.
//
// Writers go through a queue per project and process, like a group commit: a writer whose commit
// finds a step running waits for the next one, which starts when that step ends and covers every
// event committed before it, however many writers asked meanwhile. No request runs more than one
// step of its own, and steady writes make one step at a time, each a batch. A step is two
// statements (lib/log/sequence-pass.ts) under the project's advisory lock, *tried*: when another
// process's sequencer holds it, the writer returns at once and that sequencer, which looks at the
// newest committed event when it writes its head, comes back for what it did not cover.
//
// Readers that need every committed event in the tree (a head read, a proof, a release) `wait`
// for the lock instead, in a transaction. Nodes and head of one step commit together: a crash
// leaves the tree as it was.
import { db, type Tx } from "../db/client";
import { appendLeaves, frontier } from "./append-leaves";
import type { LeafEvent } from "./leaf-input";
import { recordSigningKey } from "./log-keys";
import { readNodes } from "./read-nodes";
import { BATCH, sequencePass, sequencerLockKey } from "./sequence-pass";
import { signHead } from "./sign-head";
import { currentSigningKey } from "./signing-key";

export interface SequenceOutcome {
  /** null when another sequencer had the project (it covers this call's events). */
  treeSize: number | null;
  /** Leaves added by this call (0 when another sequencer held the project or nothing was new). */
  added: number;
}

/** A step that finds the tree moved under it reads again, this many times at most. */
const MOVED_RETRIES = 5;
/** After a step, events committed by writers it did not cover are looked for this much later. */
const FOLLOW_UP_MS = 25;

export async function currentTreeSize(projectId: string, tx?: Tx): Promise<number> {
  const [row] = await (tx ?? db()).$queryRaw<{ size: number | null }[]>`
    SELECT max("treeSize") AS "size" FROM "LogHead" WHERE "projectId" = ${projectId}`;
  return row?.size ?? 0;
}

export async function insertHead(tx: Tx, projectId: string, treeSize: number, rootHash: string, at: Date): Promise<void> {
  await tx.logHead.create({ data: signHead(projectId, treeSize, rootHash, at) });
}

/**
 * Brings the project's tree up to its committed events. Writers call it without `wait`; readers
 * that need every committed event in the tree wait for the lock instead.
 */
export async function sequenceProject(projectId: string, options: { now?: () => Date; wait?: boolean } = {}): Promise<SequenceOutcome> {
  const now = options.now ?? (() => new Date());
  if (options.wait) return sequenceWaiting(projectId, now);
  return enqueue(projectId, () => sequenceSteps(projectId, now));
}

interface Slot {
  running: Promise<SequenceOutcome> | null;
  /** The next step, not started yet: it covers whatever commits before it starts. */
  queued: Promise<SequenceOutcome> | null;
  followUp: boolean;
}

const slots = new Map<string, Slot>();

function slotOf(projectId: string): Slot {
  let slot = slots.get(projectId);
  if (!slot) slots.set(projectId, (slot = { running: null, queued: null, followUp: false }));
  return slot;
}

function enqueue(projectId: string, step: () => Promise<SequenceOutcome>): Promise<SequenceOutcome> {
  const slot = slotOf(projectId);
  if (slot.queued) return slot.queued;
  const start = (): Promise<SequenceOutcome> => {
    const running: Promise<SequenceOutcome> = step().finally(() => {
      if (slot.running === running) slot.running = null;
      if (!slot.running && !slot.queued && !slot.followUp) slots.delete(projectId);
    });
    slot.running = running;
    return running;
  };
  if (!slot.running) return start();
  const queued = slot.running
    .catch(() => undefined)
    .then(() => {
      slot.queued = null;
      return start();
    });
  slot.queued = queued;
  return queued;
}

/** Comes back shortly for events that writers of another process committed while this one worked. */
function followUp(projectId: string, now: () => Date): void {
  const slot = slotOf(projectId);
  if (slot.followUp) return;
  slot.followUp = true;
  setTimeout(() => {
    slot.followUp = false;
    enqueue(projectId, () => sequenceSteps(projectId, now)).catch((error: unknown) => console.error("sequencing the log failed:", error));
  }, FOLLOW_UP_MS).unref();
}

async function sequenceSteps(projectId: string, now: () => Date): Promise<SequenceOutcome> {
  await recordSigningKey(currentSigningKey());
  let added = 0;
  for (let moved = 0; ; ) {
    const step = await sequencePass(projectId, now);
    if (step.kind === "busy") return { treeSize: null, added };
    if (step.kind === "moved") {
      if (++moved > MOVED_RETRIES) return { treeSize: null, added };
      continue;
    }
    added += step.added;
    if (step.treeSize < step.lastSeq) {
      // A full batch is a backlog: keep going. Otherwise what is left was committed while this step
      // ran: by writers of this process, whose queued step covers it, or of another process.
      if (step.added === BATCH) continue;
      if (!slotOf(projectId).queued) followUp(projectId, now);
    }
    return { treeSize: step.treeSize, added };
  }
}

/** Under the lock, waited for: every event committed before the call is in the tree when it returns. */
async function sequenceWaiting(projectId: string, now: () => Date): Promise<SequenceOutcome> {
  await recordSigningKey(currentSigningKey());
  let added = 0;
  for (;;) {
    const step = await db().$transaction((tx) => sequenceLocked(tx, projectId, now), { timeout: 60_000 });
    added += step.added;
    // Looked at after the commit released the lock: catches writers that found it taken.
    const [last] = await db().$queryRaw<{ seq: number | null }[]>`SELECT max("seq") AS "seq" FROM "Event" WHERE "projectId" = ${projectId}`;
    if ((last?.seq ?? 0) <= step.size || step.added === 0) return { treeSize: step.size, added };
  }
}

async function sequenceLocked(tx: Tx, projectId: string, now: () => Date): Promise<{ size: number; added: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${sequencerLockKey(projectId)}, 0))`;
  const size = await currentTreeSize(projectId, tx);
  // Raw rows (the client's model mapping costs more than the hashing); createdAt as toISOString() writes it.
  const events = await tx.$queryRaw<LeafEvent[]>`
    SELECT "projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data",
      to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
    FROM "Event" WHERE "projectId" = ${projectId} AND "seq" > ${size} ORDER BY "seq" LIMIT ${BATCH}`;
  // Seqs are dense (the chain hands them out under its lock); a gap would mean an event not yet visible.
  const gap = events.findIndex((e, i) => e.seq !== size + i + 1);
  const batch = gap < 0 ? events : events.slice(0, gap);
  if (batch.length === 0) return { size, added: 0 };

  const nodes = await readNodes(projectId, frontier(size), tx);
  const { fresh, treeSize, rootHash } = appendLeaves(size, nodes, batch);
  await tx.$executeRaw`
    INSERT INTO "LogNode" ("projectId", "level", "index", "hash")
    SELECT ${projectId}, l, i, decode(h, 'hex')
    FROM unnest(${fresh.map((n) => n.level)}::smallint[], ${fresh.map((n) => n.index)}::int[], ${fresh.map((n) => n.hash.toString("hex"))}::text[]) AS t(l, i, h)`;
  await insertHead(tx, projectId, treeSize, rootHash, now());
  return { size: treeSize, added: batch.length };
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
