// Contracts of sources brought in by upload or capture, their background jobs and original bytes.
import { z } from "zod";
import { ZCaptureSource } from "../../sources/schemas";
import { defineRoute } from "../contract";

const Id = z.string().describe("An opaque id.");

export const ZJobOut = z
  .object({
    id: Id,
    kind: z.string().describe("`import-file` for an upload, `capture-url` for a web page."),
    status: z.enum(["queued", "running", "succeeded", "failed"]),
    progress: z.object({ done: z.number().int(), total: z.number().int(), unit: z.string().describe("bytes, pages, resources, ...") }),
    error: z.object({ code: z.string(), message: z.string() }).optional().describe("Why the job failed (status failed)."),
    documentId: Id.optional().describe("The document made (status succeeded)."),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .loose()
  .meta({ id: "Job" });

export const createSource = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/sources",
  operationId: "createSource",
  summary: "Bring in a source: upload a file (multipart) or capture a web page (JSON `{url}`)",
  description:
    "A file is sent as `multipart/form-data` with one `file` part (PDF, HTML, plain text or Markdown, recognised from its bytes, not its name; at most 200 MB) and optional text parts `title`, `sourceUrl`, `publisher`, `author`, `publishedAt`, `language`, and `versionOf` (a document id: the file is a new edition of that document; its annotations are re-anchored onto the new text, or orphaned). The answer is 202 with a job at once; follow it with GET /jobs/{jobId}. What can be judged before the work starts is a 400 naming it: an empty file, an unknown type, a file named .pdf that is not a PDF, a PDF cut short, a bad text part, a URL whose scheme is not http(s).",
  tags: ["Sources"],
  auth: "required",
  body: ZCaptureSource,
  rawBody: { contentType: "multipart/form-data", description: "A `file` part and optional text parts (see above), streamed." },
  responses: { 202: { description: "The job, queued.", schema: z.object({ job: ZJobOut }) } },
  errors: [403, 404],
});

export const getJob = defineRoute({
  method: "GET",
  path: "/jobs/{jobId}",
  operationId: "getJob",
  summary: "A background job's status and progress (its project's members only)",
  description: "Poll it for `progress` ({done, total, unit}); once `succeeded` it names the `documentId` made, once `failed` its `error`. 404 for anyone outside the job's project.",
  tags: ["Sources"],
  auth: "required",
  responses: { 200: { description: "The job.", schema: ZJobOut } },
  errors: [404],
});

export const getArtifact = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/artifact",
  operationId: "getArtifact",
  summary: "The document's original bytes, exactly as uploaded or captured (ETag: their sha256)",
  description: "The bytes never change: their sha256 is the document's `artifact.sha256`, sent as the ETag. 404 when the document has no artifact or is not visible to the caller.",
  tags: ["Sources"],
  auth: "required",
  responses: { 200: { description: "The artifact, with its media type.", contentType: "application/octet-stream" } },
  errors: [404],
});
