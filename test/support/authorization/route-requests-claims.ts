// A valid request for each route of annotations, entities, claims, reviews, exports and releases,
// per principal. Fresh targets where the request changes something.
import { randomUUID } from "node:crypto";
import { handMadeBackup } from "../hand-made-backup";
import type { RouteRequest } from "./route-requests-accounts";
import type { World } from "./world";

const project = (w: World) => ({ params: { projectId: w.projectId } });
const annotation = (w: World) => ({ params: { annotationId: w.annotationId } });
const claim = (w: World) => ({ params: { claimId: w.claimId } });
const release = (w: World) => ({ params: { releaseId: w.releases[0] } });

export const CLAIM_REQUESTS: Record<string, RouteRequest> = {
  "GET /api/v1/projects/{projectId}/backup": async (w) => ({ ...project(w), unless: (a) => (a.headers.get("content-type") === "application/gzip" ? null : "not an archive") }),
  "POST /api/v1/backups": async (w) => ({ body: handMadeBackup(w.team.owner.email, `Elsewhere ${randomUUID()}`).bytes, headers: { "content-type": "application/gzip" } }),

  "GET /api/v1/annotations/{annotationId}": async (w) => annotation(w),
  "PATCH /api/v1/annotations/{annotationId}": async (w, p) => ({ params: { annotationId: await w.newAnnotation(w.author(p)) }, body: { note: "checked" } }),
  "DELETE /api/v1/annotations/{annotationId}": async (w, p) => ({ params: { annotationId: await w.newAnnotation(w.author(p)) } }),
  "POST /api/v1/annotations/{annotationId}/resolve": async (w) => ({ params: { annotationId: await w.newOrphan() }, body: { action: "retire" } }),
  "GET /api/v1/annotations/{annotationId}/comments": async (w) => annotation(w),
  "POST /api/v1/annotations/{annotationId}/comments": async (w) => ({ ...annotation(w), body: { body: "Is this the right span?" } }),

  "GET /api/v1/projects/{projectId}/entities": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/entities": async (w) => ({ ...project(w), body: { kind: "organization", name: `Committee ${randomUUID()}` } }),
  "GET /api/v1/entities/{entityId}": async (w) => ({ params: { entityId: w.entityId } }),
  "PATCH /api/v1/entities/{entityId}": async (w) => ({ params: { entityId: w.entityId }, body: { aliases: [`Alias ${randomUUID()}`] } }),
  "POST /api/v1/entities/{entityId}/merge": async (w) => ({ params: { entityId: await w.newEntity() }, body: { into: await w.newEntity() } }),

  "GET /api/v1/projects/{projectId}/claim-types": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/claim-types": async (w) => ({
    ...project(w),
    body: { name: `site_${randomUUID().slice(0, 8)}`, fields: [{ name: "place", kind: "text", required: true }] },
  }),
  "GET /api/v1/projects/{projectId}/claims": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/claims": async (w) => ({
    ...project(w),
    body: { type: "statement", fields: { speaker: w.entityId, quote: "thousands" }, evidence: [w.annotationId], attribution: { assertedBy: w.entityId, stance: "quotes" } },
  }),
  "GET /api/v1/projects/{projectId}/compare": async (w) => ({ ...project(w), url: "/compare?type=statement" }),
  "GET /api/v1/claims/{claimId}": async (w) => claim(w),
  "PATCH /api/v1/claims/{claimId}": async (w, p) => ({ params: { claimId: await w.newDraft(w.author(p)) }, body: { version: 1, attribution: { assertedBy: w.entityId, stance: "quotes" } } }),
  "POST /api/v1/claims/{claimId}/submit": async (w, p) => ({ params: { claimId: await w.newDraft(w.author(p)) } }),
  "GET /api/v1/claims/{claimId}/history": async (w) => claim(w),
  "GET /api/v1/claims/{claimId}/reviews": async (w) => claim(w),
  "POST /api/v1/claims/{claimId}/reviews": async (w) => ({ params: { claimId: await w.newSubmitted() }, body: { decision: "approve", credibility: 2 } }),
  "POST /api/v1/projects/{projectId}/reviews": async (w) => ({ ...project(w), body: { claimIds: [await w.newSubmitted()], review: { decision: "approve" } },
    unless: (a) => ((JSON.parse(a.text) as { applied: number }).applied === 1 ? null : `no review was applied: ${a.text}`),
  }),
  "POST /api/v1/claims/{claimId}/deprecate": async (w) => ({ params: { claimId: await w.newSubmitted() }, body: { reason: "The source retracted it." } }),
  "GET /api/v1/claims/{claimId}/comments": async (w) => claim(w),
  "POST /api/v1/claims/{claimId}/comments": async (w) => ({ ...claim(w), body: { body: "Which page says so?" } }),

  "GET /api/v1/projects/{projectId}/export": async (w) => ({ ...project(w), url: "/export?format=csv" }),
  "GET /api/v1/projects/{projectId}/releases": async (w) => project(w),
  "POST /api/v1/projects/{projectId}/releases": async (w) => ({ ...project(w), body: { name: `Release ${randomUUID()}` } }),
  "GET /api/v1/projects/{projectId}/releases/compare": async (w) => ({ ...project(w), url: `/compare?base=${w.releases[0]}&head=${w.releases[1]}` }),
  "GET /api/v1/releases/{releaseId}": async (w) => release(w),
  "GET /api/v1/releases/{releaseId}/verify": async (w) => release(w),
  "GET /api/v1/releases/{releaseId}/files/{name}": async (w) => ({ params: { releaseId: w.releases[0], name: "claims.csv" } }),
};
