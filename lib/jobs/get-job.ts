import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { jobView } from "./job-view";

export async function getJob(access: ProjectAccess, jobId: string) {
  const job = await db().sourceJob.findFirst({ where: { id: jobId, projectId: access.projectId } });
  if (!job) throw notFound("job");
  const view = jobView(job);
  if (job.outcome !== "new_version" || !job.documentId) return view;
  // A new edition: what re-anchoring did, as its event recorded it in the job's own transaction.
  const event = await db().event.findFirst({
    where: { projectId: access.projectId, subjectType: "document", subjectId: job.documentId, type: "document.version_created" },
    select: { data: true },
  });
  const data = (event?.data ?? {}) as { placed?: unknown; orphaned?: unknown };
  if (typeof data.placed !== "number" || typeof data.orphaned !== "number") return view;
  return { ...view, reanchoring: { placed: data.placed, orphaned: data.orphaned } };
}
