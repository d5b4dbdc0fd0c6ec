// POST /sources with JSON {url}: a "capture-url" job, when this server has that kind of job. The
// kind checks the address itself (`prepare`), so what can be judged at once is a 400 here.
import { randomUUID } from "node:crypto";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError } from "../errors";
import { jobView } from "../jobs/job-view";
import { jobKind } from "../jobs/registry";
import { sendJob } from "../jobs/send-job";
import { appendEvents } from "../provenance/append-event";
import type { TCaptureSource } from "./schemas";

export const CAPTURE_KIND = "capture-url";

export async function captureSource(access: ProjectAccess, body: TCaptureSource) {
  const kind = jobKind(CAPTURE_KIND);
  if (!kind) {
    throw new AppError("invalid_input", "This server does not capture web pages. Save the page as HTML and upload the file instead.", {
      issues: [{ path: ["url"], message: "capture not available" }],
    });
  }
  const input = kind.prepare ? await kind.prepare(body) : { ...body };
  const jobId = randomUUID();
  const row = await db().$transaction(async (tx) => {
    const job = await tx.sourceJob.create({
      data: { id: jobId, projectId: access.projectId, kind: CAPTURE_KIND, input, createdById: access.userId, progressUnit: "resources" },
    });
    await appendEvents(tx, access.projectId, [
      { actorId: access.userId, type: "source.capture_requested", subjectType: "job", subjectId: jobId, data: { url: body.url } },
    ]);
    return job;
  });
  await sendJob(jobId);
  return { job: jobView(row) };
}
