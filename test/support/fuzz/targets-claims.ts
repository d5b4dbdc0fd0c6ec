// Fuzz targets of claims, reviews, deprecation and claim comments.
import { GET as listComments } from "@/app/api/v1/claims/[claimId]/comments/route";
import { GET as listReviews } from "@/app/api/v1/claims/[claimId]/reviews/route";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { check, type FuzzTarget, readable } from "./fuzz-target";
import { claimBody, createAnnotation, createApprovedClaim, createDocument, createDraftClaim, createEntity, createSubmittedClaim, type Space } from "./fuzz-world";

const readClaim = (space: Space, claimId: string) => readable(getClaim, { claimId }, space.token("owner"));

export const claimTargets: Record<string, FuzzTarget> = {
  "POST /projects/{projectId}/claims": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => {
      const documentId = await createDocument(space);
      const [annotationId, entityId, person] = await Promise.all([createAnnotation(space, documentId), createEntity(space), createEntity(space, "Hossein-Ali Montazeri", "person")]);
      const statement = {
        type: "statement",
        fields: { speaker: person, quote: "words" },
        evidence: [annotationId],
        attribution: { assertedBy: person, reportedBy: entityId, via: [entityId], stance: "quotes", modality: "alleged" },
      };
      const role = { type: "role", fields: { person, role: "Deputy Supreme Leader", organization: entityId, period: { from: "1985", to: "1989-03" } }, evidence: [annotationId], attribution: { assertedBy: entityId, stance: "asserts" } };
      return { params: { projectId: space.projectId }, body: claimBody(annotationId, entityId), alternatives: [statement, role] };
    },
    readBack: async (space, { body }) => {
      check((await readClaim(space, body.id)).status === "draft", "the new claim reads back as a draft");
    },
  },
  "PATCH /claims/{claimId}": {
    principals: ["annotator"],
    prepare: async (space) => {
      const draft = await createDraftClaim(space);
      return {
        params: { claimId: draft.claimId },
        body: { version: 1, fields: { count: { kind: "range", min: 4000, max: 5000 }, outcome: "killed", period: { from: "1988-07", to: "1988-09" } } },
        alternatives: [{ version: 1, evidence: [draft.annotationId], attribution: { assertedBy: draft.entityId, stance: "disputes", modality: "estimated" } }],
      };
    },
    readBack: async (space, { params, body }) => {
      check((await readClaim(space, params.claimId)).version === body.version, "the new version reads back");
    },
  },
  "POST /claims/{claimId}/submit": {
    principals: ["annotator"],
    prepare: async (space) => ({ params: { claimId: (await createDraftClaim(space)).claimId } }),
    readBack: async (space, { params }) => {
      check((await readClaim(space, params.claimId)).status === "submitted", "the claim reads back as submitted");
    },
  },
  "POST /claims/{claimId}/reviews": {
    principals: ["owner", "reviewer"],
    prepare: async (space) => ({
      params: { claimId: (await createSubmittedClaim(space)).claimId },
      body: { decision: "request_changes", note: "Which prison?", credibility: 3 },
      alternatives: [{ decision: "approve", credibility: 2 }, { decision: "dispute", note: "Other sources give 4,000." }],
    }),
    readBack: async (space, { params, body }) => {
      const reviews = await readable(listReviews, { claimId: params.claimId }, space.token("owner"));
      check(reviews.items.some((r: { id: string }) => r.id === body.id), "the review is listed");
    },
  },
  "POST /claims/{claimId}/deprecate": {
    principals: ["owner", "reviewer"],
    prepare: async (space) => ({ params: { claimId: (await createApprovedClaim(space)).claimId }, body: { reason: "The figure was misread from the source." } }),
    readBack: async (space, { params }) => {
      check(!!(await readClaim(space, params.claimId)).deprecated, "the claim reads back as deprecated");
    },
  },
  "POST /claims/{claimId}/comments": {
    principals: ["annotator", "owner"],
    renew: "never",
    prepare: async (space) => ({ params: { claimId: (await space.memo("draft", () => createDraftClaim(space))).claimId }, body: { body: "Source for the figure?" } }),
    readBack: async (space, { params, body }) => {
      const thread = await readable(listComments, { claimId: params.claimId }, space.token("owner"));
      check(thread.items.some((c: { id: string }) => c.id === body.id), "the comment is in the thread");
    },
  },
  "POST /projects/{projectId}/reviews": {
    principals: ["owner", "reviewer"],
    prepare: async (space) => {
      const [a, b] = await Promise.all([createSubmittedClaim(space), createSubmittedClaim(space)]);
      return { params: { projectId: space.projectId }, body: { claimIds: [a.claimId, b.claimId], review: { decision: "approve", credibility: 2 } } };
    },
    readBack: async (space, { body }) => {
      check(Array.isArray(body.results), "the answer lists a result per claim");
      const applied = (body.results as { claimId: string; ok: boolean; status?: string }[]).filter((r) => r.ok);
      for (const r of applied) check((await readClaim(space, r.claimId)).status === r.status, "each reviewed claim reads back with its new status");
    },
  },
};
