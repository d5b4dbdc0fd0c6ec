// Contracts of review work: decisions, deprecation, bulk review, comment threads and assignments.
import * as z from "zod";
import { ZAssign } from "../../assignments/schemas";
import { ZCreateComment } from "../../comments/schemas";
import { ZBulkReview, ZDeprecate, ZReview } from "../../reviews/schemas";
import { defineRoute } from "../contract";
import { ZListQuery } from "../pagination";
import { pageOf, ZClaimOut } from "./resources";

const ZCommentOut = z
  .object({
    id: z.string(),
    subjectType: z.enum(["claim", "annotation"]),
    subjectId: z.string(),
    parentId: z.string().nullable(),
    author: z.string().describe("The author's user id."),
    authorName: z.string().describe("The author's display name, as the thread shows it (\"Unknown\" for an account that is gone)."),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .loose()
  .meta({ id: "Comment" });

const ZReviewOut = z
  .object({
    id: z.string(),
    claimId: z.string(),
    claimVersion: z.number().int().describe("The claim's version the review was given on."),
    reviewer: z.string().describe("The reviewer's user id."),
    decision: z.enum(["approve", "reject", "request_changes", "dispute"]),
    note: z.string().nullable(),
    credibility: z.number().int().min(1).max(6).nullable().describe("1 (confirmed by other sources) to 6 (cannot be judged)."),
    createdAt: z.iso.datetime(),
  })
  .loose()
  .meta({ id: "Review" });

const ZAssignmentOut = z
  .object({
    id: z.string(),
    documentId: z.string().describe("The newest version of the assigned source."),
    lineageId: z.string().describe("The source, all of its versions."),
    title: z.string(),
    userId: z.string().describe("Who is asked to annotate it."),
    assignedBy: z.string(),
    createdAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable().describe("When they declared it done; null while open."),
    progress: z.object({ annotations: z.number().int(), claims: z.number().int() }).describe("What they made on the source so far."),
  })
  .loose()
  .meta({ id: "Assignment" });

export const listReviews = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/reviews",
  operationId: "listReviews",
  summary: "The reviews of a claim",
  description:
    "Oldest first. Each names the claim version it judged, so a review given before an edit is told apart from " +
    "one given after; the claim's `status` follows the latest decision",
  tags: ["Reviews"],
  auth: "required",
  query: ZListQuery,
  responses: { 200: { description: "A page of reviews, oldest first.", schema: pageOf(ZReviewOut) } },
  errors: [404],
});

export const reviewClaim = defineRoute({
  method: "POST",
  path: "/claims/{claimId}/reviews",
  operationId: "reviewClaim",
  summary: "Review a claim (reviewers and owners); nobody approves their own claim (403)",
  description: "`note` is required unless approving. `credibility`: 1 (confirmed) to 6 (cannot be judged).",
  tags: ["Reviews"],
  auth: "required",
  body: ZReview,
  responses: { 201: { description: "The review's id and the claim after it.", schema: z.object({ id: z.string(), claim: ZClaimOut }) } },
  errors: [403, 404, 409],
});

export const deprecateClaim = defineRoute({
  method: "POST",
  path: "/claims/{claimId}/deprecate",
  operationId: "deprecateClaim",
  summary: "Deprecate a claim, with a reason (reviewers and owners)",
  description:
    "For a claim found wrong after vetting: it stays readable and in releases already made, marked `deprecated` " +
    "with who, when and `reason`, and exports can leave it out (`deprecated=exclude`). 409 when already deprecated",
  tags: ["Reviews"],
  auth: "required",
  body: ZDeprecate,
  responses: { 200: { description: "The deprecated claim.", schema: ZClaimOut } },
  errors: [403, 404, 409],
});

export const reviewMany = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/reviews",
  operationId: "reviewMany",
  summary: "One decision on many claims: `{claimIds, review}`",
  description: "Each claim gets its own review and event; one refused claim does not undo the others.",
  tags: ["Reviews"],
  auth: "required",
  body: ZBulkReview,
  responses: {
    200: {
      description: "`{results, applied}`: what happened to each claim.",
      schema: z
        .object({
          results: z.array(
            z
              .object({
                claimId: z.string(),
                ok: z.boolean(),
                status: z.string().optional().describe("The claim's status after the review, when it was applied."),
                error: z.object({ code: z.string(), message: z.string() }).optional().describe("Why it was not, otherwise."),
              })
              .loose(),
          ),
          applied: z.number().int().describe("How many reviews were applied."),
        })
        .loose(),
    },
  },
  errors: [403, 404],
});

/** The same two routes on claims and on annotations. */
function commentContracts<const P extends string>(subject: "claim" | "annotation", path: P, tag: string) {
  const Subject = subject === "claim" ? "Claim" : "Annotation";
  return {
    list: defineRoute({
      method: "GET",
      path,
      operationId: `list${Subject}Comments`,
      summary: `The comment thread of ${subject === "claim" ? "a claim" : "an annotation"}`,
      description: "Oldest first. A reply names its parent in `parentId`, so a client can rebuild the thread; `author` is a user id, `authorName` their name.",
      tags: [tag, "Comments"],
      auth: "required",
      query: ZListQuery,
      responses: { 200: { description: "A page of comments, oldest first.", schema: pageOf(ZCommentOut) } },
      errors: [404],
    }),
    create: defineRoute({
      method: "POST",
      path,
      operationId: `create${Subject}Comment`,
      summary: `Comment on ${subject === "claim" ? "a claim" : "an annotation"}, or reply with \`parentId\``,
      description: "`{body, parentId?}`: annotators, reviewers and owners may comment (viewers 403); `parentId` must be a comment in the same thread (400 otherwise).",
      tags: [tag, "Comments"],
      auth: "required",
      body: ZCreateComment,
      responses: { 201: { description: "The comment.", schema: ZCommentOut } },
      errors: [403, 404],
    }),
  };
}

export const claimComments = commentContracts("claim", "/claims/{claimId}/comments", "Claims");
export const annotationComments = commentContracts("annotation", "/annotations/{annotationId}/comments", "Annotations");

export const ZAssignmentQuery = z.object({ userId: z.string().min(1).max(64).optional(), ...ZListQuery.shape });

export const listAssignments = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/assignments",
  operationId: "listAssignments",
  summary: "Assignments: owners and reviewers see all (`?userId=` filters), others their own queue",
  description:
    "Oldest first, each with the source's newest version and the assignee's progress on it (annotations and " +
    "claims made so far). Annotators and viewers always get their own queue, whatever `userId` says",
  tags: ["Assignments"],
  auth: "required",
  query: ZAssignmentQuery,
  responses: { 200: { description: "A page of assignments.", schema: pageOf(ZAssignmentOut) } },
  errors: [404],
});

export const assignDocument = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/assignments",
  operationId: "assignDocument",
  summary: "Ask a member to annotate a document, all of its versions (owners)",
  description:
    "`{documentId, userId}`: the member is asked to work on that source, whichever version they open. " +
    "Assigning the same source to the same member twice is a 409",
  tags: ["Assignments"],
  auth: "required",
  body: ZAssign,
  responses: {
    201: {
      description: "The assignment (`documentId` names the source, all its versions).",
      schema: z.object({ id: z.string(), documentId: z.string(), userId: z.string(), assignedBy: z.string(), createdAt: z.iso.datetime(), submittedAt: z.null() }).loose(),
    },
  },
  errors: [403, 404, 409],
});

export const submitAssignment = defineRoute({
  method: "POST",
  path: "/assignments/{assignmentId}/submit",
  operationId: "submitAssignment",
  summary: "Declare your work on an assigned document done",
  description:
    "Only the assignee (403 otherwise), once (409 when already submitted). Agreement between annotators is then " +
    "read at GET /documents/{documentId}/agreement",
  tags: ["Assignments"],
  auth: "required",
  responses: {
    200: {
      description: "The assignment, with `submittedAt`.",
      schema: z.object({ id: z.string(), documentId: z.string(), userId: z.string(), submittedAt: z.iso.datetime() }).loose(),
    },
  },
  errors: [403, 404, 409],
});
