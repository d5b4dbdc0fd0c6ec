// What each project role may do, written down once: every action names the one thing it gates,
// the least role that may take it, and whether a read-only API token may (it only reads). Every
// route asks `can` through `authorizeProject`; pages ask `can` to show or hide
// what the server would refuse. Rules that also look at the resource (its author) are the policy
// functions beside this file. Plain TypeScript with no server import, so the browser uses it too.
import type { Role } from "../db/generated/enums";

export const ROLES = ["owner", "reviewer", "annotator", "viewer"] as const satisfies readonly Role[];

interface Gate {
  /** The least role that may take the action; every role above it may too. */
  least: Role;
  /** Whether a read-only API token may take it. */
  reads: boolean;
}

const ACTIONS = {
  "project.read": { least: "viewer", reads: true },
  "member.read": { least: "viewer", reads: true },
  "document.read": { least: "viewer", reads: true },
  "document.create": { least: "annotator", reads: false },
  "annotation.create": { least: "annotator", reads: false },
  /** Edit or withdraw an annotation someone else made (one's own is always allowed: may-change-annotation.ts). */
  "annotation.change_any": { least: "owner", reads: false },
  /** See every annotation of a blind-annotated document while its assignees are still at work. */
  "annotation.see_blind": { least: "reviewer", reads: false },
  "claim.create": { least: "annotator", reads: false },
  /** Approve, reject, dispute or send back a claim (never one's own: may-review-claim.ts). */
  "claim.review": { least: "reviewer", reads: false },
  "claim.deprecate": { least: "reviewer", reads: false },
  /** The agreement report of a document: a read, so a read-only token of a reviewer or owner may take it. */
  "agreement.read": { least: "reviewer", reads: true },
  "entity.create": { least: "annotator", reads: false },
  "entity.merge": { least: "reviewer", reads: false },
  "source.evaluate": { least: "reviewer", reads: false },
  "claim_type.manage": { least: "owner", reads: false },
  "comment.create": { least: "annotator", reads: false },
  /** Everyone's assignments; without it a member sees only their own queue. */
  "assignment.read_all": { least: "reviewer", reads: false },
  "assignment.manage": { least: "owner", reads: false },
  "release.create": { least: "reviewer", reads: false },
  "project.update": { least: "owner", reads: false },
  "member.manage": { least: "owner", reads: false },
  "project.backup": { least: "owner", reads: false },
} as const satisfies Record<string, Gate>;

export type Action = keyof typeof ACTIONS;

export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

const RANK: Record<Role, number> = { viewer: 0, annotator: 1, reviewer: 2, owner: 3 };

export function can(role: Role, action: Action): boolean {
  return RANK[role] >= RANK[ACTIONS[action].least];
}

/** The one kind of action a read-only API token may take. */
export function isReadAction(action: Action): boolean {
  return ACTIONS[action].reads;
}

export function minimumRole(action: Action): Role {
  return ACTIONS[action].least;
}
