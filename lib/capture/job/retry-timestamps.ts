// "Timestamp pending": a capture whose authority did not answer is stored at once, and this queue
// keeps asking the authority in the background (pg-boss retries with backoff) until the token is
// written onto the document's capture, in one transaction with its event. A retry lost in a crash,
// or waiting long in its backoff, is picked up by the sweep (sweep-timestamps.ts).
import { db } from "../../db/client";
import { queue } from "../../jobs/queue";
import { retryOnDeadlock } from "../../jobs/retry-on-deadlock";
import { appendEvents } from "../../provenance/append-event";
import { requestTimestamp } from "../timestamp/request-timestamp";
import { captureSettings } from "./capture-settings";

export const TIMESTAMP_QUEUE = "capture-timestamps";

type Pending = { projectId: string; documentId: string };

const RETRY = { retryLimit: 40, retryDelay: 15, retryBackoff: true, expireInSeconds: 120 };

export async function sendTimestampRetry(pending: Pending): Promise<void> {
  const boss = await queue();
  await boss.createQueue(TIMESTAMP_QUEUE, { name: TIMESTAMP_QUEUE, ...RETRY });
  await boss.send(TIMESTAMP_QUEUE, pending, { ...RETRY, singletonKey: pending.documentId });
}

export async function startTimestampWorker(log: (line: string) => void): Promise<void> {
  const boss = await queue();
  await retryOnDeadlock(() => boss.createQueue(TIMESTAMP_QUEUE, { name: TIMESTAMP_QUEUE, ...RETRY }));
  await boss.work<Pending>(TIMESTAMP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const outcome = await stampPendingCapture(job.data);
    log(`timestamp for ${job.data.documentId}: ${outcome}`);
  });
}

/** Asks the authority once; throws (so the queue retries) while it does not answer. */
export async function stampPendingCapture({ projectId, documentId }: Pending, timeoutMs = 15_000): Promise<"stamped" | "already" | "gone" | "no_authority"> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { artifactSha256: true, capture: true } });
  if (!doc?.artifactSha256 || !doc.capture) return "gone";
  if ((doc.capture as { timestamp?: unknown }).timestamp) return "already";
  const { tsaUrl } = captureSettings();
  if (!tsaUrl) return "no_authority";
  const stamp = await requestTimestamp({ tsaUrl, sha256: doc.artifactSha256, timeoutMs });
  const timestamp = { tsa: stamp.tsa, genTime: stamp.genTime, token: stamp.token };
  return db().$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE "Document" SET "capture" = jsonb_set("capture" - 'timestampPending', '{timestamp}', ${JSON.stringify(timestamp)}::jsonb)
      WHERE "id" = ${documentId} AND "projectId" = ${projectId} AND "capture" IS NOT NULL AND NOT ("capture" ? 'timestamp')`;
    if (updated === 0) return "already" as const;
    await appendEvents(tx, projectId, [
      {
        actorId: null,
        type: "document.timestamped",
        subjectType: "document",
        subjectId: documentId,
        data: { artifactSha256: doc.artifactSha256, tsa: stamp.tsa, genTime: stamp.genTime, serial: stamp.verification.serial, signer: stamp.verification.signer },
      },
    ]);
    return "stamped" as const;
  });
}
