// What each project role may do, written down once. Every route and server action asks `can`
// through `authorizeProject`; nothing else decides.
import type { Role } from "../db/generated/enums";

export const ROLES = ["owner", "reviewer", "annotator", "viewer"] as const satisfies readonly Role[];

export type Action =
  | "project.read"
  | "project.update"
  | "member.read"
  | "member.manage"
  | "document.read"
  | "document.create"
  | "annotation.create"
  | "claim.create"
  | "claim.review"
  | "entity.create"
  | "entity.merge"
  | "claim_type.manage"
  | "source.evaluate"
  | "comment.create"
  | "assignment.manage"
  | "release.create"
  | "project.backup";

const RANK: Record<Role, number> = { viewer: 0, annotator: 1, reviewer: 2, owner: 3 };

const MINIMUM_ROLE: Record<Action, Role> = {
  "project.read": "viewer",
  "member.read": "viewer",
  "document.read": "viewer",
  "document.create": "annotator",
  "annotation.create": "annotator",
  "claim.create": "annotator",
  "claim.review": "reviewer",
  "entity.create": "annotator",
  "entity.merge": "reviewer",
  "source.evaluate": "reviewer",
  "claim_type.manage": "owner",
  "comment.create": "annotator",
  "assignment.manage": "owner",
  "release.create": "reviewer",
  "project.update": "owner",
  "member.manage": "owner",
  "project.backup": "owner",
};

export function can(role: Role, action: Action): boolean {
  return RANK[role] >= RANK[MINIMUM_ROLE[action]];
}

/** Reading only (`*.read`): the one kind of action a read-only API token may take. */
export function isReadAction(action: Action): boolean {
  return action.endsWith(".read");
}

export function minimumRole(action: Action): Role {
  return MINIMUM_ROLE[action];
}
