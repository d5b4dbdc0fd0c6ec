// Contracts of dataset exports, releases and annotation import.
import * as z from "zod";
import { ZImportBody, ZImportQuery } from "../../annotation-import/schemas";
import { EXPORT_FORMAT_INFOS as EXPORT_FORMATS, RELEASE_FORMAT_INFOS as RELEASE_FORMATS, ZExportQuery } from "../../exports/formats/catalogue";
import { ZCompareReleases, ZCreateRelease } from "../../exports/schemas";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf } from "./resources";

const Id = z.string().describe("An opaque id.");

// The export formats' names, files and types, as the format registry declares them.
const orList = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? ""));
const andList = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));
const RELEASE_FILE_NAMES = RELEASE_FORMATS.map((f) => f.fileName);
const formatsCounting = (unit: "rows" | "claims") => EXPORT_FORMATS.filter((f) => f.unit === unit).map((f) => f.id).join(", ");
const Timestamp = z.iso.datetime().describe("ISO 8601, UTC.");

export const ZReleaseOut = z
  .object({
    id: Id,
    projectId: Id,
    name: z.string(),
    createdAt: Timestamp,
    createdBy: Id.describe("The user who made the release."),
    filter: z.record(z.string(), z.unknown()).describe("The export filter the release was made with."),
    counts: z.record(z.string(), z.number()).describe("claims, rows (claim × evidence), documents, entities, reviews."),
    files: z.array(
      z
        .object({
          name: z.string().describe(`${orList([...RELEASE_FILE_NAMES, "log-proofs.jsonl", "verify.html"])}.`),
          mediaType: z.string(),
          bytes: z.number().int(),
          sha256: z.string().describe("sha256 of exactly the bytes GET .../files/{name} returns."),
          url: z.string(),
        })
        .loose(),
    ),
    logHead: z
      .object({ treeSize: z.number().int(), rootHash: z.string(), timestamp: Timestamp, keyId: z.string(), signature: z.string() })
      .nullable()
      .describe("The signed log head the release was read at (GET .../log/head); null for releases made before the log was signed."),
  })
  .loose()
  .meta({ id: "Release" });

const ZClaimBrief = z.object({ id: Id, type: z.string(), status: z.string(), summary: z.string() }).loose();
const ZReleaseSide = z.object({ id: Id, name: z.string(), createdAt: Timestamp, counts: z.record(z.string(), z.number()) }).loose();

export const ZReleaseComparisonOut = z
  .object({
    base: ZReleaseSide,
    head: ZReleaseSide,
    totals: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
    added: z.array(ZClaimBrief).describe("At most 500; `totals` counts them all."),
    removed: z.array(ZClaimBrief),
    changed: z.array(ZClaimBrief.extend({ changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })) })),
  })
  .loose()
  .meta({ id: "ReleaseComparison" });

export const ZImportReportOut = z
  .object({
    total: z.number().int().describe("Targets read from the file (and entries that could not be read)."),
    created: z.array(z.object({ index: z.number().int(), target: z.number().int(), annotationId: Id, documentId: Id, start: z.number().int(), end: z.number().int(), exact: z.string() }).loose()),
    failed: z.array(
      z
        .object({
          index: z.number().int(),
          target: z.number().int().nullable(),
          reason: z.enum(["invalid", "no_document", "ambiguous_document", "not_found", "ambiguous", "no_quote", "bad_position", "duplicate"]),
          message: z.string(),
        })
        .loose(),
    ),
  })
  .loose()
  .meta({ id: "ImportReport" });

export const exportDataset = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/export",
  operationId: "exportDataset",
  summary: `Stream the project's claims as ${orList(EXPORT_FORMATS.map((f) => f.label))} (default: approved claims)`,
  description:
    "Filters may repeat or list values with commas (`type=role,event`). Headers: " +
    `\`X-Total-Count\` (claim × evidence rows for ${formatsCounting("rows")}; claims for ${formatsCounting("claims")}), \`X-Claim-Count\`, \`X-Row-Count\`. ` +
    "CSV has one row per claim × evidence span (`evidence_index` from 1). Viewers may export. Writes an `export.created` event.",
  tags: ["Exports"],
  auth: "required",
  query: ZExportQuery,
  responses: {
    200: {
      description: `The dataset, streamed (${EXPORT_FORMATS.map((f) => `${f.id}: ${f.mediaType.split(";")[0]}`).join("; ")}).`,
      contentType: "application/octet-stream",
    },
  },
  errors: [404],
});

export const listReleases = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/releases",
  operationId: "listReleases",
  summary: "A project's releases, oldest first",
  description:
    "Each manifest lists the release's files with their size and sha256, and the filter it was made with. Any " +
    "member may read them",
  tags: ["Exports"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of release manifests.", schema: pageOf(ZReleaseOut) } },
  errors: [404],
});

export const createRelease = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/releases",
  operationId: "createRelease",
  summary: "Freeze an export as a named release (reviewers and owners)",
  description:
    `Stores ${andList(RELEASE_FILE_NAMES)} with their sha256; they never change. Also log-proofs.jsonl ` +
    "(one line per claim: `{claimId, events: [{seq, leafIndex, auditPath, event}]}`, every event of the claim proved against `logHead`) " +
    "and verify.html, a self-contained page that checks the files, the head's signature and every proof offline.",
  tags: ["Exports"],
  auth: "required",
  body: ZCreateRelease,
  responses: { 201: { description: "The release's manifest.", schema: ZReleaseOut } },
  errors: [403, 404],
});

export const compareReleases = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/releases/compare",
  operationId: "compareReleases",
  summary: "Claims added, removed and changed from release `base` to release `head`",
  description:
    "Both releases must belong to the project. Each changed claim lists the paths of what changed, with totals of " +
    "added, removed, changed and unchanged claims: what moved between two published versions of the dataset",
  tags: ["Exports"],
  auth: "required",
  query: ZCompareReleases,
  responses: { 200: { description: "The differences, by claim id.", schema: ZReleaseComparisonOut } },
  errors: [404],
});

export const getRelease = defineRoute({
  method: "GET",
  path: "/releases/{releaseId}",
  operationId: "getRelease",
  summary: "A release's manifest",
  description:
    "Name, time, who made it, the filter, counts, and each file's name, size and sha256. Fetch a file with " +
    "GET /releases/{releaseId}/files/{name} and compare its sha256 with this",
  tags: ["Exports"],
  auth: "required",
  responses: { 200: { description: "The manifest.", schema: ZReleaseOut } },
  errors: [404],
});

export const verifyRelease = defineRoute({
  method: "GET",
  path: "/releases/{releaseId}/verify",
  operationId: "verifyRelease",
  summary: "Re-hash a release's stored files, and regenerate them from the current data to see whether they still match",
  description:
    "`intact` is false only if stored bytes were altered. `reproducible` is false when the data changed since " +
    "(a claim edited, reviewed or deprecated): the release itself stays as it was",
  tags: ["Exports"],
  auth: "required",
  responses: {
    200: {
      description: "`intact`: the stored bytes match the manifest; `reproducible`: today's data gives the same bytes.",
      schema: z.object({ id: Id, intact: z.boolean(), reproducible: z.boolean(), files: z.array(z.object({ name: z.string(), sha256: z.string(), storedIntact: z.boolean(), reproducible: z.boolean() })) }).loose(),
    },
  },
  errors: [404],
});

export const getReleaseFile = defineRoute({
  method: "GET",
  path: "/releases/{releaseId}/files/{name}",
  operationId: "getReleaseFile",
  summary: "Exactly the bytes whose sha256 the manifest lists, forever",
  description: "`ETag` is the sha256; `Repr-Digest` carries it as base64.",
  tags: ["Exports"],
  auth: "required",
  responses: { 200: { description: "The file.", contentType: "application/octet-stream" } },
  errors: [404],
});

export const importAnnotations = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/annotations/import",
  operationId: "importAnnotations",
  summary: "Import W3C Web Annotations (one, a list, or an AnnotationCollection) or Hypothesis JSON onto matching documents",
  description:
    "Targets are matched to documents by `source` (a document's API URL or its captured source URL) or to `?documentId=`, and placed by their TextQuoteSelector. The report lists what was created and why anything else was not.",
  tags: ["Annotations"],
  auth: "required",
  query: ZImportQuery,
  body: ZImportBody,
  maxBodyBytes: 10 * 1024 * 1024,
  responses: { 200: { description: "What was created and what could not be placed, and why.", schema: ZImportReportOut } },
  errors: [403, 404],
});
