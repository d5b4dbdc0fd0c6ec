// A job the queue has given up on: every try ended without finishing (its worker process was killed
// or ran past the time limit, so no try was left alive to record the failure), and pg-boss copied it
// to the dead-letter queue. The SourceJob ends failed with a reason a person can act on; nothing of
// the job was written, since a document is only ever written by a finished try's one transaction.
import { db } from "../db/client";
import { failJob } from "./fail-job";

const TIMED_OUT = "job failed by timeout in active state";

/** The code GET /jobs/{id} shows for such a job. */
export const GAVE_UP_CODE = "job_gave_up";

function reasonOf(output: unknown): string {
  const value = (output as { value?: unknown } | null)?.value;
  const message = typeof value === "object" && value !== null ? (value as { message?: unknown }).message : value;
  return typeof message === "string" ? message : "";
}

export async function giveUpJob(dead: { jobId: string; tries: number; expireInSeconds: number; output?: unknown }): Promise<boolean> {
  const row = await db().sourceJob.findUnique({ where: { id: dead.jobId }, select: { id: true, projectId: true, status: true } });
  if (!row || (row.status !== "queued" && row.status !== "running")) return false;
  const reason = reasonOf(dead.output);
  const minutes = Math.max(1, Math.round(dead.expireInSeconds / 60));
  const message =
    reason === TIMED_OUT || reason === ""
      ? `The job stopped before finishing on each of its ${dead.tries} tries (its worker process ended, or a try ran past the ${minutes}-minute limit), so nothing was saved. Upload the file again; if it stops again, it is probably too large or complex for this server.`
      : `The job failed on each of its ${dead.tries} tries (last error: ${reason.slice(0, 300)}), so nothing was saved. Upload the file again or report it.`;
  await failJob(row, GAVE_UP_CODE, message);
  return true;
}
