// Fuzz targets of a project's claim types, assignments, releases and annotation import.
import { randomBytes } from "node:crypto";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as assign } from "@/app/api/v1/projects/[projectId]/assignments/route";
import { GET as listClaimTypes } from "@/app/api/v1/projects/[projectId]/claim-types/route";
import { GET as getRelease } from "@/app/api/v1/releases/[releaseId]/route";
import { db } from "@/lib/db/client";
import { check, type FuzzTarget, readable } from "./fuzz-target";
import { createApprovedClaim, createDocument, must, type Space } from "./fuzz-world";

const typeName = () => `site_${randomBytes(4).toString("hex")}`;

async function assignment(space: Space): Promise<{ id: string; documentId: string }> {
  const documentId = await createDocument(space);
  const body = { documentId, userId: space.world.team.annotator.id };
  return { id: (await must(201, assign, { token: space.token("owner"), params: { projectId: space.projectId }, body })).id, documentId };
}

/**
 * Straight from the table: the list route works out every assignment's progress, and each renewal
 * adds one, so reading through it would make a long run quadratic.
 */
async function assignmentOf(projectId: string, id: string): Promise<{ id: string; submittedAt: Date | null } | null> {
  return db().assignment.findFirst({ where: { id, projectId }, select: { id: true, submittedAt: true } });
}

export const projectWorkTargets: Record<string, FuzzTarget> = {
  "POST /projects/{projectId}/claim-types": {
    principals: ["owner"],
    prepare: async ({ projectId }) => ({
      params: { projectId },
      body: {
        name: typeName(),
        description: "Where prisoners were held",
        fields: [
          { name: "site", label: "Site", required: true, kind: "entity", entityKind: "place" },
          { name: "held", kind: "count" },
          { name: "period", kind: "period" },
          { name: "note", kind: "text", maxLength: 500 },
          { name: "share", kind: "number", min: 0, max: 1 },
          { name: "status", kind: "choice", options: ["open", "closed"] },
          { name: "opened", kind: "date" },
        ],
      },
    }),
    readBack: async (space, { params, body }) => {
      const types = await readable(listClaimTypes, { projectId: params.projectId }, space.token("owner"));
      check(types.items.some((t: { name: string }) => t.name === body.name), "the new type is listed");
    },
  },
  "POST /projects/{projectId}/assignments": {
    principals: ["owner"],
    prepare: async (space) => ({ params: { projectId: space.projectId }, body: { documentId: await createDocument(space), userId: space.world.team.annotator.id } }),
    readBack: async (space, { params, body }) => {
      check((await assignmentOf(params.projectId, body.id)) !== null, "the assignment is stored");
    },
  },
  "POST /assignments/{assignmentId}/submit": {
    principals: ["annotator"],
    prepare: async (space) => ({ params: { assignmentId: (await assignment(space)).id } }),
    readBack: async (space, { params }) => {
      check(!!(await assignmentOf(space.projectId, params.assignmentId))?.submittedAt, "the assignment is stored as submitted");
    },
  },
  "POST /projects/{projectId}/releases": {
    principals: ["owner", "reviewer"],
    renew: "never",
    prepare: async (space) => {
      await space.memo("approved claim", () => createApprovedClaim(space));
      return {
        params: { projectId: space.projectId },
        body: { name: "First dataset", filter: { status: ["approved", "submitted"], type: ["victim_count"], from: "1988-01-01", to: "2100-12-31", deprecated: "exclude" } },
        alternatives: [{ name: "Everything" }],
      };
    },
    readBack: async (space, { body }) => {
      check((await readable(getRelease, { releaseId: body.id }, space.token("owner"))).id === body.id, "the release reads back");
    },
  },
  "POST /projects/{projectId}/annotations/import": {
    principals: ["owner", "annotator"],
    renew: "never",
    prepare: async (space) => {
      const documentId = await space.memo("document", () => createDocument(space));
      const w3c = { type: "Annotation", target: { source: "https://example.org/source", selector: { type: "TextQuoteSelector", exact: "Death Commission", prefix: "called the " } } };
      const hypothesis = { rows: [{ uri: "https://example.org/source", target: [{ selector: [{ type: "TextPositionSelector", start: 0, end: 6 }, { type: "TextQuoteSelector", exact: "In the" }] }] }] };
      return { params: { projectId: space.projectId }, query: `?documentId=${documentId}`, body: [w3c], alternatives: [w3c, hypothesis] };
    },
    readBack: async (space, { body }) => {
      check(Array.isArray(body.created) && Array.isArray(body.failed), "the import report has created and failed");
      for (const created of body.created as { annotationId: string }[]) await readable(getAnnotation, { annotationId: created.annotationId }, space.token("owner"));
    },
  },
};
