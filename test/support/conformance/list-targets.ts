// Enough items in every list of the authorisation matrix's world to show paging: a few more of
// each thing in the project, and, for lists of one resource's items (versions, orphans, reviews,
// history), a resource that has several. A new list whose world holds fewer than two items gets
// a target here, or the conformance test says so.
import { POST as postAnnotationComment } from "@/app/api/v1/annotations/[annotationId]/comments/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as postClaimComment } from "@/app/api/v1/claims/[claimId]/comments/route";
import { POST as postReview } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { POST as submitClaim } from "@/app/api/v1/claims/[claimId]/submit/route";
import { expect } from "vitest";
import { call, type CallResult } from "../api";
import type { RouteRequest } from "../authorization/route-requests-accounts";
import { TEXT, type World } from "../authorization/world";
import { createProject } from "../fixtures";

async function ok(promise: Promise<CallResult>, status = 201) {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as { id: string };
}

/** Two more of each thing the project's lists hold. */
export async function populateWorld(w: World): Promise<void> {
  const { owner, annotator, reviewer } = w.team;
  for (let i = 0; i < 2; i++) {
    await Promise.all([w.newDocument(), w.newAnnotation(annotator), w.newEntity(), w.newDraft(annotator), w.newAssignment(annotator), createProject(owner)]);
    await ok(call(postClaimComment, { token: reviewer.token, params: { claimId: w.claimId }, body: { body: `Which page says so? (${i})` } }));
    await ok(call(postAnnotationComment, { token: reviewer.token, params: { annotationId: w.annotationId }, body: { body: `Is this the right span? (${i})` } }));
  }
}

async function sourceWithVersions(w: World): Promise<string> {
  const { annotator } = w.team;
  const first = await w.newDocument();
  const second = await ok(call(postVersion, { token: annotator.token, params: { documentId: first }, body: { text: `Corrected. ${TEXT}` } }));
  await ok(call(postVersion, { token: annotator.token, params: { documentId: second.id }, body: { text: `Corrected twice. ${TEXT}` } }));
  return first;
}

async function sourceWithOrphans(w: World): Promise<string> {
  const { annotator } = w.team;
  const id = await w.newDocument();
  for (const exact of ["executed thousands", "Death Commission", "political prisoners"]) {
    await ok(call(postAnnotation, { token: annotator.token, params: { documentId: id }, body: { quote: { exact } } }));
  }
  await ok(call(postVersion, { token: annotator.token, params: { documentId: id }, body: { text: "Nothing of the earlier words is left in this version." } }));
  return id;
}

/** A claim sent back once and then approved: two reviews and a history of several events. */
async function reviewedClaim(w: World): Promise<string> {
  const { annotator, reviewer, owner } = w.team;
  const id = await w.newSubmitted();
  await ok(call(postReview, { token: reviewer.token, params: { claimId: id }, body: { decision: "request_changes", note: "Name the page." } }));
  await ok(call(submitClaim, { token: annotator.token, params: { claimId: id } }), 200);
  await ok(call(postReview, { token: owner.token, params: { claimId: id }, body: { decision: "approve", credibility: 2 } }));
  return id;
}

/** Richer targets for the lists of one resource's items, keyed as in the authorisation matrix. */
export const LIST_TARGETS: Record<string, RouteRequest> = {
  "GET /api/v1/documents/{documentId}/versions": async (w) => ({ params: { documentId: await sourceWithVersions(w) } }),
  "GET /api/v1/documents/{documentId}/orphans": async (w) => ({ params: { documentId: await sourceWithOrphans(w) } }),
  "GET /api/v1/claims/{claimId}/reviews": async (w) => ({ params: { claimId: await reviewedClaim(w) } }),
  "GET /api/v1/claims/{claimId}/history": async (w) => ({ params: { claimId: await reviewedClaim(w) } }),
};
