// Contracts of whole-project backups and restores (see lib/backup/).
import * as z from "zod";
import { defineRoute } from "../contract";

const Id = z.string().describe("An opaque id.");

export const ZRestoreReportOut = z
  .object({
    projectId: Id,
    projectName: z.string(),
    rows: z.record(z.string(), z.number().int()).describe("Rows restored per table (User: the accounts the project names)."),
    events: z.number().int().describe("Events in the restored log, the `project.restored` event included."),
    headHash: z.string().describe("The hash at the head of the restored event chain."),
    users: z.object({
      created: z.number().int().describe("Accounts created (they cannot sign in until given a password)."),
      matchedByEmail: z.number().int().describe("Archived users matched to an existing account with the same email."),
    }),
  })
  .loose()
  .meta({ id: "RestoreReport" });

export const backupProject = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/backup",
  operationId: "backupProject",
  summary: "Stream a backup of the whole project (owners)",
  description:
    "One gzip-compressed JSON Lines archive: the project, its settings and claim types, members (by email and role), every document version, annotations with their anchor history, entities and merges, claims, evidence, reviews, comments, assignments, releases with their stored files, and the full event log with its hashes; a closing manifest holds each part's row count and sha256. Read from one snapshot. Writes a `backup.created` event.",
  tags: ["Backups"],
  auth: "required",
  responses: { 200: { description: "The archive (`.backup.jsonl.gz`).", contentType: "application/gzip" } },
  errors: [403, 404],
});

export const restoreProject = defineRoute({
  method: "POST",
  path: "/backups",
  operationId: "restoreProject",
  summary: "Restore a project from a backup archive into this instance",
  description:
    "The body is the archive's bytes. All or nothing, in one transaction: ids are kept, the event log is copied verbatim and must verify, and a `project.restored` event is appended. 400 when a part's sha256 or the event chain does not match, when the archive is cut short or of another format version; 409 when the project (or any of its rows) already exists here; 403 unless the caller is, by email, an owner of the backed-up project. Users are matched by id, then by email (the project's rows then name the local account); others are created without a usable password.",
  tags: ["Backups"],
  auth: "required",
  rawBody: { contentType: "application/gzip", description: "A backup archive from GET /projects/{projectId}/backup, streamed (no size limit)." },
  responses: { 201: { description: "What was restored.", schema: ZRestoreReportOut } },
  errors: [403, 409],
});
