// Contracts of sources brought in by upload or capture, their background jobs and original bytes.
import * as z from "zod";
import { CAPTURE_MAX_URLS, ZCaptureRequest } from "../../sources/schemas";
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
    outcome: z
      .enum(["created", "new_version", "unchanged"])
      .optional()
      .describe("What a succeeded job came to: a new document, a new version of a source the project held (a page captured again whose article changed; annotations re-anchored), or `unchanged` (`documentId` is the current version)."),
    reanchoring: z
      .object({ placed: z.number().int().describe("Annotations moved onto the new text."), orphaned: z.number().int().describe("Annotations whose words were not found: they wait in the orphan queue.") })
      .optional()
      .describe("For `outcome: new_version`: what happened to the previous version's annotations."),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .loose()
  .meta({ id: "Job" });

export const createSource = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/sources",
  operationId: "createSource",
  summary: "Bring in a source: upload a file (multipart) or capture web pages (JSON `{url}` or `{urls}`)",
  description:
    "A file is sent as `multipart/form-data` with one `file` part (PDF, HTML, plain text or Markdown, recognised from its bytes, not its name; at most 200 MB) and optional text parts `title`, `sourceUrl`, `publisher`, `author`, `publishedAt`, `language`, and `versionOf` (a document id: the file is a new edition of that document; its annotations are re-anchored onto the new text, or orphaned). The answer is 202 with a job at once; follow it with GET /jobs/{jobId}. What can be judged before the work starts is a 400 naming it: an empty file, an unknown type, a file named .pdf that is not a PDF, a PDF cut short, a bad text part, a URL whose scheme is not http(s).\n\nA web page is captured from JSON `{url, title?, publisher?, author?, publishedAt?, language?}`: 202 `{job}`. A list of pages is captured in one go from `{urls: [...]}` (at most " +
    CAPTURE_MAX_URLS +
    ", each once; `publisher`, `author`, `publishedAt` and `language` may be given for all of them, `title` not): 202 `{jobs}`, one job per page in the list's order, their requests paced per site. A list is all or nothing: a page that can be refused at once (scheme, an address the deployment does not allow) is a 400 whose issues name it by its path (`[\"urls\", 2]`), and no job is created.",
  tags: ["Sources"],
  auth: "required",
  body: ZCaptureRequest,
  rawBody: { contentType: "multipart/form-data", description: "A `file` part and optional text parts (see above), streamed." },
  responses: {
    202: {
      description: "The job, queued (`{job}`, for a file or `{url}`), or one job per page of `{urls}`, queued in the list's order (`{jobs}`).",
      schema: z.union([z.object({ job: ZJobOut }), z.object({ jobs: z.array(ZJobOut).min(1) })]),
    },
  },
  errors: [403, 404],
});

export const getJob = defineRoute({
  method: "GET",
  path: "/jobs/{jobId}",
  operationId: "getJob",
  summary: "A background job's status and progress (its project's members only)",
  description:
    "Poll it to follow an upload or capture: `status` goes queued, running, then succeeded (with `documentId`) or failed (with `error.code` and `error.message` saying why, e.g. `pdf_encrypted`, `not_utf8`, or `job_gave_up` when every try stopped before finishing, its worker process ended or past the time limit); `progress` counts bytes, pages or resources. A failed job leaves no document. Outsiders get 404.",
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
  description:
    "The artifact the document's text was derived from, byte for byte, with its media type and a download file name; `ETag` and `Repr-Digest` carry its sha256, and `If-None-Match` with that ETag answers 304. 404 for a document without an artifact (typed or pasted text).",
  tags: ["Sources"],
  auth: "required",
  responses: { 200: { description: "The artifact, with its media type.", contentType: "application/octet-stream" } },
  errors: [404],
});
