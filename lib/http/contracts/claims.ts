// Contracts of claims and claim types.
import { z } from "zod";
import { ZCompareQuery } from "../../claims/compare-claims";
import { ZClaimQuery, ZCreateClaim, ZUpdateClaim } from "../../claims/schemas";
import { ZCreateClaimType } from "../../claims/types/custom";
import { defineRoute } from "../contract";
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
  tags: ["Claims"],
  auth: "required",
  responses: { 200: { description: "Every type.", schema: z.object({ items: z.array(ZClaimTypeOut), nextCursor: z.null() }) } },
  errors: [404],
});

export const createClaimType = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/claim-types",
  operationId: "createClaimType",
  summary: "Define a project claim type (owners)",
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

export const compareClaims = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/compare",
  operationId: "compareClaims",
  summary: "Claims grouped by what they are about, side by side, with their independent origins",
  tags: ["Claims"],
  auth: "required",
  query: ZCompareQuery,
  responses: { 200: { description: "`{groups}`." } },
  errors: [404],
});

export const getClaim = defineRoute({
  method: "GET",
  path: "/claims/{claimId}",
  operationId: "getClaim",
  summary: "A claim",
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
  tags: ["Claims", "Provenance"],
  auth: "required",
  responses: { 200: { description: "The events.", schema: z.object({ items: z.array(ZEventOut), nextCursor: z.null() }) } },
  errors: [404],
});
