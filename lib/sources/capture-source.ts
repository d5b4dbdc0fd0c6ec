// POST /sources with JSON {url} or {urls}: one "capture-url" job per page, when this server has that
// kind of job. The kind checks each address itself (`prepare`), so what can be judged at once is a 400
// naming the page; a list is all or nothing: one refused page creates no job at all. Jobs and their
// events are written in one transaction, then handed to the queue in the list's order.
import { randomUUID } from "node:crypto";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError } from "../errors";
import { jobView } from "../jobs/job-view";
import { jobKind } from "../jobs/registry";
import { sendJob } from "../jobs/send-job";
import { appendEvents } from "../provenance/append-event";
import type { TCaptureRequest, TCaptureSource } from "./schemas";

export const CAPTURE_KIND = "capture-url";

type Issue = { path: (string | number)[]; message: string };

export async function captureSource(access: ProjectAccess, body: TCaptureSource): Promise<{ job: ReturnType<typeof jobView> }>;
export async function captureSource(access: ProjectAccess, body: TCaptureRequest): Promise<{ job: ReturnType<typeof jobView> } | { jobs: ReturnType<typeof jobView>[] }>;
export async function captureSource(access: ProjectAccess, body: TCaptureRequest) {
  const kind = jobKind(CAPTURE_KIND);
  if (!kind) {
    throw new AppError("invalid_input", "This server does not capture web pages. Save the page as HTML and upload the file instead.", {
      issues: [{ path: [body.urls ? "urls" : "url"], message: "capture not available" }],
    });
  }
  const { url, urls, ...metadata } = body;
  const pages: { url: string; path: (string | number)[] }[] = urls ? urls.map((u, i) => ({ url: u, path: ["urls", i] })) : [{ url: url as string, path: ["url"] }];

  const inputs: Record<string, unknown>[] = [];
  const issues: Issue[] = [];
  for (const page of pages) {
    const request: TCaptureSource = { ...metadata, url: page.url };
    try {
      inputs.push(kind.prepare ? await kind.prepare(request) : { ...request });
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 400) throw error;
      issues.push(...error.issues.map((issue) => ({ path: [...page.path, ...issue.path.slice(1)], message: issue.message })));
    }
  }
  if (issues.length > 0) {
    const message = urls ? `${issues.length === 1 ? "A page" : "Pages"} of the list cannot be captured; nothing was queued.` : (issues[0]?.message ?? "The page cannot be captured.");
    throw new AppError("invalid_input", message, { issues });
  }

  const rows = await db().$transaction(async (tx) => {
    const made = [];
    for (const input of inputs) {
      const jobId = randomUUID();
      made.push(
        await tx.sourceJob.create({
          data: { id: jobId, projectId: access.projectId, kind: CAPTURE_KIND, input: input as object, createdById: access.userId, progressUnit: "resources" },
        }),
      );
    }
    await appendEvents(
      tx,
      access.projectId,
      made.map((job, i) => ({
        actorId: access.userId,
        type: "source.capture_requested",
        subjectType: "job",
        subjectId: job.id,
        data: { url: pages[i]!.url },
      })),
    );
    return made;
  });
  for (const row of rows) await sendJob(row.id);
  return urls ? { jobs: rows.map(jobView) } : { job: jobView(rows[0]!) };
}
