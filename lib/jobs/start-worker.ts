// Starts this process's worker on the source job queue: one job at a time per process (extraction
// is CPU-bound, and other users' requests share the process), and re-sends jobs whose sending a
// crash interrupted. Called when the app server starts (instrumentation.ts) and by tests.
import { startTimestampWorker } from "../capture/job/retry-timestamps";
import { startTimestampSweep } from "../capture/job/sweep-timestamps";
import { db } from "../db/client";
import { rememberLocalWorker } from "./local-worker";
import { queue, queueSettings, SOURCE_QUEUE, stopQueue } from "./queue";
import { runSourceJob } from "./run-source-job";
import { sendJob } from "./send-job";

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(options: { log?: (line: string) => void } = {}): Promise<Worker> {
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const settings = queueSettings();
  const boss = await queue(settings);
  const unsent = await db().sourceJob.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true } });
  for (const { id } of unsent) await sendJob(id);
  const workerId = await boss.work<{ jobId: string }>(
    SOURCE_QUEUE,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: settings.pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const outcome = await runSourceJob({ jobId: job.data.jobId, lastAttempt: job.retryCount >= job.retryLimit });
      log(`job ${job.data.jobId}: ${outcome}`);
    },
  );
  rememberLocalWorker(workerId);
  await startTimestampWorker(log);
  await startTimestampSweep(log);
  log(`worker started (${unsent.length} unfinished job(s) re-sent)`);
  return {
    stop: () => {
      rememberLocalWorker(undefined);
      return stopQueue();
    },
  };
}
