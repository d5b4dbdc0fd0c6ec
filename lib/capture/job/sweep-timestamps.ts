// The safety net under "timestamp pending": a retry queued after a capture can be lost (the process
// died between the document's commit and sending the retry) or left waiting days by its own backoff.
// A sweep, run when a worker starts and every ten minutes (pg-boss schedule, one process at a time),
// asks the authority for every document of every project whose timestamp is still pending. The
// authority is asked for one document first: while it does not answer the sweep stops there, leaves
// every document pending, and fails so the queue tries it again with backoff; other queues never wait.
import { db } from "../../db/client";
import { queue } from "../../jobs/queue";
import { retryOnDeadlock } from "../../jobs/retry-on-deadlock";
import { captureSettings } from "./capture-settings";
import { stampPendingCapture } from "./retry-timestamps";

export const TIMESTAMP_SWEEP_QUEUE = "capture-timestamp-sweep";
const SWEEP_CRON = "*/10 * * * *";
/** "short": at most one sweep waiting to start, however many processes send one. */
const SWEEP = { policy: "short" as const, retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 };

export type SweepOutcome = { pending: number; stamped: number; authority: "answered" | "silent" | "none" };

export class AuthoritySilent extends Error {
  constructor(readonly outcome: SweepOutcome, cause: unknown) {
    super(`The timestamp authority did not answer; ${outcome.pending} document(s) stay pending: ${(cause as Error).message}`);
    this.name = "AuthoritySilent";
  }
}

/** Stamps every pending document it can; throws AuthoritySilent (after writing what it could) when the authority stops answering. */
export async function sweepPendingTimestamps(options: { timeoutMs?: number; limit?: number } = {}): Promise<SweepOutcome> {
  // Across projects on purpose: the sweep is the deployment's, and each row carries its project id,
  // which the stamping filters by.
  const pending = await db().$queryRaw<{ id: string; projectId: string }[]>`
    SELECT "id", "projectId" FROM "Document"
    WHERE "capture" ? 'timestampPending' AND NOT ("capture" ? 'timestamp')
    ORDER BY "createdAt", "id" LIMIT ${options.limit ?? 1000}`;
  if (!captureSettings().tsaUrl) return { pending: pending.length, stamped: 0, authority: "none" };
  let stamped = 0;
  for (const [i, doc] of pending.entries()) {
    try {
      const outcome = await stampPendingCapture({ projectId: doc.projectId, documentId: doc.id }, options.timeoutMs);
      if (outcome === "stamped") stamped += 1;
    } catch (error) {
      throw new AuthoritySilent({ pending: pending.length - i, stamped, authority: "silent" }, error);
    }
  }
  return { pending: 0, stamped, authority: "answered" };
}

/** Registers the sweep's queue, its schedule and its worker, and sends one sweep now. */
export async function startTimestampSweep(log: (line: string) => void): Promise<void> {
  const boss = await queue();
  await retryOnDeadlock(async () => {
    await boss.createQueue(TIMESTAMP_SWEEP_QUEUE, { name: TIMESTAMP_SWEEP_QUEUE, ...SWEEP });
    await boss.schedule(TIMESTAMP_SWEEP_QUEUE, SWEEP_CRON, {}, { retryLimit: SWEEP.retryLimit, retryDelay: SWEEP.retryDelay, retryBackoff: true });
  });
  await boss.work(TIMESTAMP_SWEEP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
    const outcome = await sweepPendingTimestamps();
    if (outcome.stamped > 0 || outcome.pending > 0) log(`timestamp sweep: ${outcome.stamped} stamped, ${outcome.pending} pending (${outcome.authority})`);
  });
  await sendTimestampSweep();
}

export async function sendTimestampSweep(): Promise<void> {
  const boss = await queue();
  await boss.send(TIMESTAMP_SWEEP_QUEUE, {}, { retryLimit: SWEEP.retryLimit, retryDelay: SWEEP.retryDelay, retryBackoff: true });
}
