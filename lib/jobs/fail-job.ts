// A job that cannot finish: marked failed with a code and message for the person who asked, its
// staged upload deleted, nothing else written. Idempotent, and never undoes a finished job.
import { db } from "../db/client";

export async function failJob(job: { id: string; projectId: string }, code: string, message: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.sourceJob.updateMany({
      where: { id: job.id, projectId: job.projectId, status: { in: ["queued", "running"] } },
      data: { status: "failed", errorCode: code, errorMessage: message.slice(0, 2000), finishedAt: new Date(), updatedAt: new Date() },
    });
    if (updated.count > 0) await tx.sourceJobChunk.deleteMany({ where: { jobId: job.id, projectId: job.projectId } });
  });
}
