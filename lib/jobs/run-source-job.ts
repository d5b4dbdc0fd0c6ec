// Runs one job handed over by the queue: finds its row, lets its kind do the work with progress
// reported on the row, then writes the result in one transaction (write-job-document.ts). A job
// already finished (its worker died after the commit) is not run again. A refusal fails the job at
// once; any other error is retried by the queue, and fails the job when the last try fails.
import { db } from "../db/client";
import { AppError } from "../errors";
import { failJob } from "./fail-job";
import { type JobContext, JobRefusal } from "./job-kind";
import { readUpload } from "./read-upload";
import { jobKind } from "./registry";
import { writeJobDocument } from "./write-job-document";

export interface RunAttempt {
  jobId: string;
  /** This attempt is the last the queue will make. */
  lastAttempt: boolean;
}

/** Progress writes at most every 250 ms, and always the last one. */
function progressWriter(job: { id: string; projectId: string }) {
  let last = 0;
  return async (done: number, total: number, unit: string) => {
    const now = Date.now();
    if (now - last < 250 && done < total) return;
    last = now;
    await db().sourceJob.updateMany({
      where: { id: job.id, projectId: job.projectId, status: "running" },
      data: { progressDone: Math.round(done), progressTotal: Math.round(total), progressUnit: unit, updatedAt: new Date() },
    });
  };
}

export async function runSourceJob(attempt: RunAttempt): Promise<"succeeded" | "failed" | "skipped"> {
  const row = await db().sourceJob.findUnique({ where: { id: attempt.jobId } });
  if (!row || row.status === "succeeded" || row.status === "failed") return "skipped";
  const job = { id: row.id, projectId: row.projectId, createdById: row.createdById };
  const kind = jobKind(row.kind);
  if (!kind) {
    await failJob(job, "unknown_kind", `This server cannot run jobs of kind “${row.kind}”.`);
    return "failed";
  }
  const started = await db().sourceJob.updateMany({
    where: { id: row.id, status: { in: ["queued", "running"] } },
    data: { status: "running", updatedAt: new Date() },
  });
  if (started.count === 0) return "skipped";
  const ctx: JobContext = {
    jobId: row.id,
    projectId: row.projectId,
    userId: row.createdById,
    input: row.input as Record<string, unknown>,
    progress: progressWriter(job),
    readUpload: () => readUpload(job),
    db: db(),
  };
  try {
    const draft = await kind.run(ctx);
    const documentId = await writeJobDocument(job, draft);
    if (documentId && kind.afterWrite) {
      await kind.afterWrite(ctx, documentId, draft).catch((error: unknown) => {
        console.error(`[jobs] after job ${job.id}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    return "succeeded";
  } catch (error) {
    if (error instanceof JobRefusal) {
      await failJob(job, error.code, error.message);
      return "failed";
    }
    // The text checks (empty, too large, NUL) say what is wrong with the file: no retry mends them.
    if (error instanceof AppError && error.status < 500) {
      await failJob(job, error.code === "payload_too_large" ? "text_too_large" : "invalid_source", error.message);
      return "failed";
    }
    if (attempt.lastAttempt) {
      await failJob(job, "internal", "The job failed on every try; the file may be too complex. Try again or report it.");
      return "failed";
    }
    throw error;
  }
}
