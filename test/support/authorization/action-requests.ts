// A valid call of each server action, per principal: the form a person would submit (or the
// arguments the page passes), with fresh targets where the action changes something. Keyed as
// ACTION_MATRIX in lib/access/authorization-matrix.ts.
import { randomUUID } from "node:crypto";
import { IDLE } from "@/app/_lib/form-state";
import type { Principal } from "@/lib/access/authorization-matrix";
import { uniqueEmail } from "../fixtures";
import { TEXT, type World } from "./world";

/** The arguments to call the action with. */
export type ActionRequest = (w: World, p: Principal) => Promise<unknown[]>;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const PROJECT = "(workbench)/projects/[projectId]";

export const ACTION_REQUESTS: Record<string, ActionRequest> = {
  "(auth)/sign-up/actions.ts#signUpAction": async () => [IDLE, form({ name: "New researcher", email: uniqueEmail("signup"), password: `pw-${randomUUID()}` })],
  "(workbench)/projects/actions.ts#createProjectAction": async () => [IDLE, form({ name: `Project ${randomUUID()}`, description: "" })],
  "(workbench)/settings/tokens/actions.ts#createTokenAction": async () => [IDLE, form({ name: "R script", scope: "all", access: "read" })],
  "(workbench)/settings/tokens/actions.ts#revokeTokenAction": async (w, p) => [IDLE, form({ tokenId: await w.newToken(w.userOf(p) ?? w.team.owner), name: "old" })],

  [`${PROJECT}/actions.ts#createDocumentAction`]: async (w) => [w.projectId, IDLE, form({ title: "Testimony", text: TEXT })],
  [`${PROJECT}/settings/actions.ts#updateSettingsAction`]: async (w) => [
    w.projectId,
    IDLE,
    form({ name: "Matrix project", description: `Edited ${randomUUID()}`, requiredApprovals: "1" }),
  ],
  [`${PROJECT}/settings/claim-types/actions.ts#createClaimTypeAction`]: async (w) => [
    w.projectId,
    IDLE,
    form({ name: `site_${randomUUID().slice(0, 8)}`, "fields.0.name": "place", "fields.0.kind": "text" }),
  ],
  [`${PROJECT}/members/actions.ts#addMemberAction`]: async (w) => [w.projectId, IDLE, form({ email: (await w.newUser()).email, role: "viewer" })],
  [`${PROJECT}/members/actions.ts#changeMemberAction`]: async (w) => [
    w.projectId,
    IDLE,
    form({ intent: "role", userId: (await w.newViewer()).id, name: "New member", role: "annotator" }),
  ],
};
