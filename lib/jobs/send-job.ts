// Hands a committed SourceJob to the queue under the same id. Sending twice is harmless (pg-boss
// ignores a job id it already holds), which lets the worker re-send jobs a crash left unsent.
import { localWorkerId } from "./local-worker";
import { queue, queueSettings, SOURCE_QUEUE } from "./queue";

export async function sendJob(jobId: string): Promise<void> {
  const settings = queueSettings();
  const boss = await queue(settings);
  await boss.send(SOURCE_QUEUE, { jobId }, {
    id: jobId,
    retryLimit: settings.retryLimit,
    retryDelay: 1,
    expireInSeconds: settings.expireInSeconds,
  });
  // Wake this process's worker now rather than at its next poll (local-worker.ts).
  const local = localWorkerId();
  if (local) boss.notifyWorker(local);
}
