import { describe, expect, it } from "vitest";
import { ACTION_NAMES, type Action, can, isReadAction, minimumRole, ROLES } from "./permissions";

// The table API.md promises, written out in full so a change to any cell shows up here.
const ALLOWED: Record<Action, Record<(typeof ROLES)[number], boolean>> = {
  "project.read": { owner: true, reviewer: true, annotator: true, viewer: true },
  "member.read": { owner: true, reviewer: true, annotator: true, viewer: true },
  "document.read": { owner: true, reviewer: true, annotator: true, viewer: true },
  "document.create": { owner: true, reviewer: true, annotator: true, viewer: false },
  "annotation.create": { owner: true, reviewer: true, annotator: true, viewer: false },
  "claim.create": { owner: true, reviewer: true, annotator: true, viewer: false },
  "claim.review": { owner: true, reviewer: true, annotator: false, viewer: false },
  "project.update": { owner: true, reviewer: false, annotator: false, viewer: false },
  "member.manage": { owner: true, reviewer: false, annotator: false, viewer: false },
  "project.backup": { owner: true, reviewer: false, annotator: false, viewer: false },
  "entity.create": { owner: true, reviewer: true, annotator: true, viewer: false },
  "entity.merge": { owner: true, reviewer: true, annotator: false, viewer: false },
  "source.evaluate": { owner: true, reviewer: true, annotator: false, viewer: false },
  "claim_type.manage": { owner: true, reviewer: false, annotator: false, viewer: false },
  "comment.create": { owner: true, reviewer: true, annotator: true, viewer: false },
  "assignment.manage": { owner: true, reviewer: false, annotator: false, viewer: false },
  "release.create": { owner: true, reviewer: true, annotator: false, viewer: false },
  // Once all gated by claim.review, now each named for what it gates, with the same roles.
  "claim.deprecate": { owner: true, reviewer: true, annotator: false, viewer: false },
  "agreement.read": { owner: true, reviewer: true, annotator: false, viewer: false },
  "assignment.read_all": { owner: true, reviewer: true, annotator: false, viewer: false },
  "annotation.see_blind": { owner: true, reviewer: true, annotator: false, viewer: false },
  // Once a hard-coded `role === "owner"` beside the author check.
  "annotation.change_any": { owner: true, reviewer: false, annotator: false, viewer: false },
};

const cases = (Object.keys(ALLOWED) as Action[]).flatMap((action) =>
  ROLES.map((role) => [role, action, ALLOWED[action][role]] as const),
);

describe("can", () => {
  it.each(cases)("%s may %s: %s", (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it("lists the four roles from most to least powerful", () => {
    expect(ROLES).toEqual(["owner", "reviewer", "annotator", "viewer"]);
  });
});

describe("minimumRole", () => {
  it.each(Object.keys(ALLOWED) as Action[])("%s names the least role that may do it", (action) => {
    const allowedRoles = ROLES.filter((role) => ALLOWED[action][role]);
    expect(minimumRole(action)).toBe(allowedRoles.at(-1));
  });
});

describe("isReadAction", () => {
  it("lets a read-only token take project.read, member.read, document.read and agreement.read, and nothing else", () => {
    expect(ACTION_NAMES.filter(isReadAction)).toEqual(["project.read", "member.read", "document.read", "agreement.read"]);
  });
});
