// Contracts of claims and claim types.
import * as z from "zod";
import { ZCompareQuery } from "../../claims/compare-query";
import { ZClaimQuery, ZCreateClaim, ZUpdateClaim } from "../../claims/schemas";
import { BUILTIN_TYPES, DEFAULT_COMPARE_TYPE } from "../../claims/types/builtin";
import { ZCreateClaimType } from "../../claims/types/custom";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf, ZClaimOut, ZEventOut } from "./resources";

const ZClaimTypeOut = z
  .object({ id: z.string(), name: z.string(), builtIn: z.boolean(), jsonSchema: z.record(z.string(), z.unknown()).describe("JSON Schema of the type's `fields`.") })
  .loose()
  .meta({ id: "ClaimType" });

export const listClaimTypes = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/claim-types",
  operationId: "listClaimTypes",
  summary: "The built-in and project-defined claim types, each with the JSON Schema of its fields",
  description:
    `Built-in types first (${Object.keys(BUILTIN_TYPES).join(", ")}), then the project's own in the order they were ` +
    "made. `jsonSchema` describes the `fields` a claim of that type takes: validate against it before POSTing",
  tags: ["Claims"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of claim types.", schema: pageOf(ZClaimTypeOut) } },
  errors: [404],
});

export const createClaimType = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/claim-types",
  operationId: "createClaimType",
  summary: "Define a project claim type (owners)",
  description:
    "`{name, description?, fields}`: each field has a `name`, a `kind` (text, number, count, date, period, choice " +
    "or entity) and `required`. The type's name must be new in the project (409 otherwise)",
  tags: ["Claims"],
  auth: "required",
  body: ZCreateClaimType,
  responses: { 201: { description: "The new type.", schema: ZClaimTypeOut } },
  errors: [403, 404, 409],
});

export const listClaims = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/claims",
  operationId: "listClaims",
  summary: "List a project's claims, filtered by status, type, document or entity",
  description:
    "Oldest first. `documentId` matches any version of that source; `entityId` any role the entity plays " +
    "(merged entities included). Filters combine with AND",
  tags: ["Claims"],
  auth: "required",
  query: ZClaimQuery,
  responses: { 200: { description: "A page of claims.", schema: pageOf(ZClaimOut) } },
  errors: [404],
});

export const createClaim = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/claims",
  operationId: "createClaim",
  summary: "Create a draft claim from evidence spans, with attribution",
  description:
    "`fields` are checked against the claim type (see `GET /projects/{projectId}/claim-types`); errors name the " +
    "exact field. `attribution.reportedBy` defaults to the publisher of the evidence's document.",
  tags: ["Claims"],
  auth: "required",
  body: ZCreateClaim,
  responses: { 201: { description: "The claim: version 1, status draft.", schema: ZClaimOut } },
  errors: [403, 404],
});

const ZEntityRefOut = z.object({ id: z.string(), name: z.string(), kind: z.string(), reliability: z.string().nullable() }).loose().nullable();

const ZComparisonOut = z
  .object({
    groups: z.array(
      z
        .object({
          subject: ZEntityRefOut.describe("The entity the claims are about (null: none named)."),
          claims: z.array(z.object({ id: z.string(), status: z.string(), fields: z.unknown(), assertedBy: ZEntityRefOut, reportedBy: ZEntityRefOut }).loose()),
          summary: z
            .object({
              claims: z.number().int(),
              documents: z.number().int(),
              independentOrigins: z.number().int().describe("Distinct asserting sources."),
              repeatingDocuments: z.number().int().describe("Documents that add no origin the others lack: repetition, not corroboration."),
              lowest: z.number().nullable(),
              highest: z.number().nullable(),
            })
            .loose(),
        })
        .loose(),
    ),
  })
  .loose()
  .meta({ id: "ClaimComparison" });

export const compareClaims = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/compare",
  operationId: "compareClaims",
  summary: "Claims grouped by what they are about, side by side, with their independent origins",
  description:
    `Groups the claims of one \`type\` (default ${DEFAULT_COMPARE_TYPE}) by the entity they are about (merged entities as one), ` +
    "and summarises each group: the range of counts, and which claims trace back to independent origins " +
    "(distinct asserting sources) rather than one report repeated",
  tags: ["Claims"],
  auth: "required",
  query: ZCompareQuery,
  responses: { 200: { description: "The groups, each with its claims side by side and a summary.", schema: ZComparisonOut } },
  errors: [404],
});

export const getClaim = defineRoute({
  method: "GET",
  path: "/claims/{claimId}",
  operationId: "getClaim",
  summary: "A claim",
  description:
    "The claim with its `fields`, `evidence` (annotation ids), `attribution`, `status` and `version`. Send that " +
    "`version` back with PATCH so a concurrent edit is detected",
  tags: ["Claims"],
  auth: "required",
  responses: { 200: { description: "The claim.", schema: ZClaimOut } },
  errors: [404],
});

export const updateClaim = defineRoute({
  method: "PATCH",
  path: "/claims/{claimId}",
  operationId: "updateClaim",
  summary: "Edit your draft: `{version, ...changes}`",
  description: "Answers `version + 1`. A stale `version` is a 409 whose `error.current` holds the current claim.",
  tags: ["Claims"],
  auth: "required",
  body: ZUpdateClaim,
  responses: { 200: { description: "The claim as changed.", schema: ZClaimOut } },
  errors: [403, 404, 409],
});

export const submitClaim = defineRoute({
  method: "POST",
  path: "/claims/{claimId}/submit",
  operationId: "submitClaim",
  summary: "Submit your draft for review (draft → submitted)",
  description:
    "Only the author (403 otherwise), and only a draft or a claim sent back with changes requested (409 otherwise). " +
    "Reviewers then approve, reject, request changes or dispute it",
  tags: ["Claims"],
  auth: "required",
  responses: { 200: { description: "The submitted claim.", schema: ZClaimOut } },
  errors: [403, 404, 409],
});

export const claimHistory = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/history",
  operationId: "claimHistory",
  summary: "Every event that touched the claim, oldest first",
  description:
    "Each event with who did it, when, and its hash in the project's chain, so the history can be checked against " +
    "GET /projects/{projectId}/events/verify",
  tags: ["Claims", "Provenance"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of the claim's events.", schema: pageOf(ZEventOut) } },
  errors: [404],
});
