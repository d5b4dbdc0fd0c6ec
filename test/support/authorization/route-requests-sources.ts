// Requests for the routes of sources: uploads, jobs and artifacts.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { POST as postSource } from "@/app/api/v1/projects/[projectId]/sources/route";
import { runSourceJob } from "@/lib/jobs/run-source-job";
import { type CellRequest, type RouteHandler, send } from "./send";
import type { RouteRequest } from "./route-requests-accounts";
import { TEXT, type World } from "./world";

/** A multipart body with one text file, as a browser's FormData sends it. */
export function multipartFile(name: string, text: string): Pick<CellRequest, "body" | "headers"> {
  const boundary = `----workbench${randomUUID()}`;
  const body = [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, "Content-Type: text/plain", "", text, `--${boundary}--`, ""].join("\r\n");
  return { body: new TextEncoder().encode(body), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

const uploaded = new WeakMap<World, Promise<{ jobId: string; documentId: string }>>();

/** A document made from an upload (it has an artifact), once per world. */
function uploadedDocument(w: World) {
  let pending = uploaded.get(w);
  if (!pending) {
    pending = (async () => {
      const res = await send(postSource as RouteHandler, "POST", "POST /api/v1/projects/{projectId}/sources", { params: { projectId: w.projectId }, ...multipartFile("source.txt", TEXT) }, {
        authorization: `Bearer ${w.team.annotator.token}`,
      });
      expect(res.status, res.text).toBe(202);
      const jobId = (JSON.parse(res.text) as { job: { id: string } }).job.id;
      expect(await runSourceJob({ jobId, lastAttempt: true })).toBe("succeeded");
      const { db } = await import("@/lib/db/client");
      const job = await db().sourceJob.findUniqueOrThrow({ where: { id: jobId } });
      return { jobId, documentId: job.documentId! };
    })();
    uploaded.set(w, pending);
  }
  return pending;
}

export const SOURCE_REQUESTS: Record<string, RouteRequest> = {
  "POST /api/v1/projects/{projectId}/sources": async (w) => ({ params: { projectId: w.projectId }, ...multipartFile(`notes-${randomUUID()}.txt`, TEXT) }),
  "GET /api/v1/jobs/{jobId}": async (w) => ({ params: { jobId: (await uploadedDocument(w)).jobId } }),
  "GET /api/v1/documents/{documentId}/artifact": async (w) => ({
    params: { documentId: (await uploadedDocument(w)).documentId },
    unless: (a) => (a.text === TEXT ? null : "the artifact is not the uploaded bytes"),
  }),
  "GET /api/v1/documents/{documentId}/artifact/verify": async (w) => ({
    params: { documentId: (await uploadedDocument(w)).documentId },
    unless: (a) => (a.text.includes('"matches":true') ? null : "the artifact did not verify"),
  }),
};
