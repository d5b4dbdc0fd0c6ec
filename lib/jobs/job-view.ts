// The API's view of a SourceJob row (GET /jobs/{id}, the 202 of POST /sources).
import type { SourceJob } from "../db/generated/client";

export type JobStatus = "queued" | "running" | "succeeded" | "failed";

export function jobView(job: SourceJob) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status as JobStatus,
    progress: { done: job.progressDone, total: job.progressTotal, unit: job.progressUnit },
    ...(job.errorCode ? { error: { code: job.errorCode, message: job.errorMessage ?? "" } } : {}),
    ...(job.documentId ? { documentId: job.documentId } : {}),
    ...(job.outcome ? { outcome: job.outcome as "created" | "new_version" | "unchanged" } : {}),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export type JobView = ReturnType<typeof jobView>;
