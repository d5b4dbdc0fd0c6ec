// Contracts of review work: decisions, deprecation, bulk review, comment threads and assignments.
import { z } from "zod";
import { ZAssign } from "../../assignments/assign-document";
import { ZCreateComment } from "../../comments/schemas";
import { ZBulkReview } from "../../reviews/review-many";
import { ZDeprecate, ZReview } from "../../reviews/schemas";
import { defineRoute } from "../contract";
import { ZClaimOut } from "./resources";

const ZCommentOut = z
  .object({
    id: z.string(),
    subjectType: z.enum(["claim", "annotation"]),
    subjectId: z.string(),
    parentId: z.string().nullable(),
    author: z.string(),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .loose()
  .meta({ id: "Comment" });

export const listReviews = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/reviews",
  operationId: "listReviews",
  summary: "The reviews of a claim",
  tags: ["Reviews"],
  auth: "required",
  responses: { 200: { description: "Every review, oldest first." } },
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
  responses: { 200: { description: "`{results, applied}`: what happened to each claim." } },
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
      tags: [tag, "Comments"],
      auth: "required",
      responses: { 200: { description: "Every comment, oldest first.", schema: z.object({ items: z.array(ZCommentOut), nextCursor: z.null() }) } },
      errors: [404],
    }),
    create: defineRoute({
      method: "POST",
      path,
      operationId: `create${Subject}Comment`,
      summary: `Comment on ${subject === "claim" ? "a claim" : "an annotation"}, or reply with \`parentId\``,
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

export const ZAssignmentQuery = z.object({ userId: z.string().min(1).max(64).optional() });

export const listAssignments = defineRoute({
  method: "GET",
  path: "/projects/{projectId}/assignments",
  operationId: "listAssignments",
  summary: "Assignments: owners and reviewers see all (`?userId=` filters), others their own queue",
  tags: ["Assignments"],
  auth: "required",
  query: ZAssignmentQuery,
  responses: { 200: { description: "The assignments." } },
  errors: [404],
});

export const assignDocument = defineRoute({
  method: "POST",
  path: "/projects/{projectId}/assignments",
  operationId: "assignDocument",
  summary: "Ask a member to annotate a document, all of its versions (owners)",
  tags: ["Assignments"],
  auth: "required",
  body: ZAssign,
  responses: { 201: { description: "The assignment." } },
  errors: [403, 404, 409],
});

export const submitAssignment = defineRoute({
  method: "POST",
  path: "/assignments/{assignmentId}/submit",
  operationId: "submitAssignment",
  summary: "Declare your work on an assigned document done",
  tags: ["Assignments"],
  auth: "required",
  responses: { 200: { description: "The assignment, with `submittedAt`." } },
  errors: [403, 404, 409],
});
