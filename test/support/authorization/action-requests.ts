// A valid call of each server action, per principal: the form a person would submit (or the
// arguments the page passes), with fresh targets where the action changes something. Keyed as
// ACTION_MATRIX in lib/access/authorization-matrix.ts.
import { randomUUID } from "node:crypto";
import { IDLE } from "@/app/_lib/form-state";
import type { Principal } from "@/lib/access/authorization-matrix";
import type { World } from "./world";

/** The arguments to call the action with. */
export type ActionRequest = (w: World, p: Principal) => Promise<unknown[]>;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const PROJECT = "(workbench)/projects/[projectId]";

export const ACTION_REQUESTS: Record<string, ActionRequest> = {
  [`${PROJECT}/assignments/actions.ts#assignAction`]: async (w) => [w.projectId, IDLE, form({ documentId: await w.newDocument(), userId: w.team.annotator.id })],
  [`${PROJECT}/assignments/actions.ts#submitAssignmentAction`]: async (w, p) => [w.projectId, IDLE, form({ assignmentId: await w.newAssignment(w.author(p)) })],
  [`${PROJECT}/entities/actions.ts#createEntityAction`]: async (w) => [w.projectId, IDLE, form({ kind: "place", name: `Prison ${randomUUID()}`, aliases: "" })],
  [`${PROJECT}/entities/[entityId]/actions.ts#setReliabilityAction`]: async (w) => [w.projectId, w.entityId, IDLE, form({ reliability: "B" })],
  [`${PROJECT}/entities/[entityId]/actions.ts#mergeEntityAction`]: async (w) => [w.projectId, await w.newEntity(), IDLE, form({ other: await w.newEntity(), keep: "this" })],
  [`${PROJECT}/claims/[claimId]/actions.ts#submitClaimAction`]: async (w, p) => [w.projectId, await w.newDraft(w.author(p)), IDLE, form({})],
  [`${PROJECT}/review/actions.ts#reviewAction`]: async (w) => [w.projectId, await w.newSubmitted(), { decision: "approve", credibility: 2 }],
  [`${PROJECT}/review/actions.ts#reviewManyAction`]: async (w) => [w.projectId, { claimIds: [await w.newSubmitted()], review: { decision: "approve" } }],
  [`${PROJECT}/_components/comment-actions.ts#loadCommentsAction`]: async (w) => [w.projectId, { type: "claim", id: w.claimId }],
  [`${PROJECT}/documents/[documentId]/actions.ts#rejectSuggestionAction`]: async (w) => {
    const start = Math.floor(Math.random() * 40);
    return [w.projectId, { documentId: w.documentId, start, end: start + 1 + Math.floor(Math.random() * 20) }];
  },
  [`${PROJECT}/_components/comment-actions.ts#postCommentAction`]: async (w) => [w.projectId, { type: "annotation", id: w.annotationId }, { body: "Is this the right span?" }],
};
