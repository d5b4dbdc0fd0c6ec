// What the API answers, as zod schemas: documentation for the OpenAPI document, checked against
// real answers in lib/http/contracts/resources.test.ts. Handlers do not parse their output with
// these. Objects are open (`loose`): a client must ignore fields it does not know, so adding one
// never breaks a script. Each has an `id` in its metadata, so it becomes a named component.
import * as z from "zod";
import { ROLES } from "../../access/permissions";
import { attributeOutputShape } from "../../claims/attributes/attribute-schemas";
import { CLAIM_STATUSES } from "../../claims/schemas";
import { ENTITY_KINDS } from "../../entities/schemas";
import { ERROR_STATUS, type ErrorCode } from "../../errors";

const Id = z.string().describe("An opaque id.");
const Timestamp = z.iso.datetime().describe("ISO 8601, UTC.");
const ZRoleName = z.enum(ROLES);

/** `{items, nextCursor}`: a page of a list; pass `nextCursor` back as `?cursor=` for the next one. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().describe("null on the last page") }).loose();
}

export const ZUserOut = z.object({ id: Id, email: z.string(), name: z.string() }).loose().meta({ id: "User" });

export const ZTokenScopeOut = {
  projects: z.array(Id).describe("The projects the token may reach; empty: every project its user belongs to."),
  readOnly: z.boolean().describe("true: the token may only read."),
};

export const ZTokenOut = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().describe("The secret's first characters, to recognise it."),
    ...ZTokenScopeOut,
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .loose()
  .meta({ id: "Token" });

export const ZCreatedTokenOut = z
  .object({
    id: Id,
    token: z.string().describe("The secret, shown this once; send it as `Authorization: Bearer <token>`."),
    name: z.string(),
    ...ZTokenScopeOut,
  })
  .loose()
  .meta({ id: "CreatedToken" });

const projectFields = {
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  createdAt: Timestamp,
  role: ZRoleName.describe("The caller's role in the project."),
};

export const ZProjectSummaryOut = z
  .object({ ...projectFields, documentCount: z.number().int(), memberCount: z.number().int() })
  .loose()
  .meta({ id: "ProjectSummary" });

export const ZProjectOut = z
  .object({
    ...projectFields,
    settings: z.object({ requiredApprovals: z.number().int(), blindAnnotation: z.boolean() }).loose(),
    documentCount: z.number().int(),
    memberCount: z.number().int(),
  })
  .loose()
  .meta({ id: "Project" });

export const ZCreatedProjectOut = z
  .object({ ...projectFields, role: z.literal("owner") })
  .loose()
  .meta({ id: "CreatedProject" });

export const ZMemberOut = z
  .object({ userId: Id, email: z.string(), name: z.string(), role: ZRoleName, addedAt: Timestamp })
  .loose()
  .meta({ id: "Member" });

export const ZDocumentOut = z
  .object({
    id: Id,
    projectId: Id,
    title: z.string(),
    sha256: z.string().describe("sha256 of the stored text, UTF-8, hex."),
    length: z.number().int().describe("Length of the stored text in UTF-16 code units."),
    version: z.number().int(),
    lineageId: Id.describe("The first version's id, shared by every version of the same source."),
    format: z.string(),
    sourceUrl: z.string().nullable(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string().nullable().describe("A date as precise as known: 1988, 1988-07, 1988-07-19."),
    language: z.string().nullable(),
    capturedAt: Timestamp,
    createdBy: Id,
    createdAt: Timestamp,
    text: z.string().optional().describe("Only on a single document: the exact string every offset refers to."),
    artifact: z
      .object({
        sha256: z.string().describe("sha256 of the original bytes, hex (the artifact's ETag)."),
        mediaType: z.string(),
        bytes: z.number().int(),
      })
      .nullable()
      .optional()
      .describe("The original file or capture the text was derived from, kept unchanged (GET /documents/{id}/artifact)."),
    derivation: z
      .object({ tool: z.string(), version: z.string() })
      .loose()
      .nullable()
      .optional()
      .describe("How the text was derived from the artifact."),
    pages: z
      .array(
        z
          .object({
            number: z.number().int().describe("Physical page, from 1."),
            start: z.number().int(),
            end: z.number().int(),
            textLayer: z.enum(["text", "ocr", "none"]).optional(),
            ocrConfidence: z.number().optional(),
          })
          .loose(),
      )
      .nullable()
      .optional()
      .describe("Paged sources (PDF): each page's range of the text, UTF-16 offsets."),
    capture: z.record(z.string(), z.unknown()).nullable().optional().describe("Web captures: what was fetched, from where, when."),
  })
  .loose()
  .meta({ id: "Document" });

export const ZAnnotationOut = z
  .object({
    id: Id,
    projectId: Id,
    documentId: Id,
    start: z.number().int().describe("UTF-16 code units; text.slice(start, end) === exact."),
    end: z.number().int(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    codePointStart: z.number().int(),
    codePointEnd: z.number().int(),
    pageStart: z.number().int().optional().describe("Paged sources (PDF): the physical page, from 1, the span starts on."),
    pageEnd: z.number().int().optional().describe("The physical page the span ends on (later than pageStart when it crosses a page break)."),
    status: z.enum(["active", "orphaned", "retired"]),
    note: z.string().nullable(),
    createdBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    confidence: z.number().optional().describe("How surely a re-anchored span was placed (after a new version)."),
    method: z.string().optional(),
    orphan: z.unknown().optional().describe("Why and from where it was orphaned; only when status is orphaned."),
  })
  .loose()
  .meta({ id: "Annotation" });

export const ZEntityOut = z
  .object({
    id: Id,
    projectId: Id,
    kind: z.enum(ENTITY_KINDS),
    name: z.string(),
    aliases: z.array(z.string()),
    wikidataId: z.string().nullable(),
    reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(),
    mergedIntoId: Id.nullable(),
    createdBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .loose()
  .meta({ id: "Entity" });

export const ZClaimOut = z
  .object({
    id: Id,
    projectId: Id,
    type: z.string(),
    fields: z.record(z.string(), z.unknown()).describe("Shaped by the claim type; see GET /projects/{projectId}/claim-types."),
    status: z.enum(CLAIM_STATUSES),
    version: z.number().int(),
    evidence: z.array(Id).describe("Annotation ids, in order."),
    evidenceDocuments: z.array(Id),
    attribution: z
      .object({
        assertedBy: Id,
        reportedBy: Id.nullable(),
        via: z.array(Id),
        ...attributeOutputShape(),
      })
      .loose(),
    subjectEntityId: Id.nullable(),
    credibility: z.number().int().nullable(),
    count: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }).nullable(),
    createdBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    deprecated: z.object({ at: Timestamp, by: Id.nullable(), reason: z.string().nullable() }).nullable(),
  })
  .loose()
  .meta({ id: "Claim" });

export const ZEventOut = z
  .object({
    id: z.string().describe("A decimal number; pass it as `?after=`."),
    seq: z.number().int(),
    type: z.string(),
    actorId: Id.nullable(),
    subjectType: z.string().optional().describe("In the project log; a claim's history omits it."),
    subjectId: z.string().optional(),
    data: z.unknown(),
    createdAt: Timestamp,
    prevHash: z.string().optional().describe("The hash this event chains to; in the project log."),
    hash: z.string(),
  })
  .loose()
  .meta({ id: "Event" });

export const ZChainReportOut = z
  .object({ ok: z.boolean(), count: z.number().int(), headHash: z.string(), brokenAtSeq: z.number().int().optional() })
  .loose()
  .meta({ id: "ChainReport" });

/** The one error shape of every route: `{error: {code, message, issues}}`; some codes add details. */
export const ZErrorOut = z
  .object({
    error: z
      .object({
        code: z.enum([...(Object.keys(ERROR_STATUS) as ErrorCode[]), "internal"]).describe("Machine-readable; the HTTP status follows from it."),
        message: z.string().describe("For a person."),
        issues: z
          .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }).loose())
          .describe("What is wrong with which input field (400); empty otherwise."),
      })
      .loose(),
  })
  .loose()
  .meta({ id: "Error" });
