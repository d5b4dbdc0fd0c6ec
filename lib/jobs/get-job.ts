import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { jobView } from "./job-view";

export async function getJob(access: ProjectAccess, jobId: string) {
  const job = await db().sourceJob.findFirst({ where: { id: jobId, projectId: access.projectId } });
  if (!job) throw notFound("job");
  return jobView(job);
}
