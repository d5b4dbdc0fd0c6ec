import { describe, expect, it } from "vitest";
import { mayChangeAnnotation } from "./may-change-annotation";
import { mayEditClaim } from "./may-edit-claim";
import { isOwnClaim } from "./may-review-claim";
import { ROLES } from "./permissions";

const AUTHOR = "u_author";
const OTHER = "u_other";

describe("mayChangeAnnotation", () => {
  it.each(ROLES)("lets its author (%s) change it", (role) => {
    expect(mayChangeAnnotation({ userId: AUTHOR, role }, { createdById: AUTHOR })).toBe(true);
  });

  it.each([
    ["owner", true],
    ["reviewer", false],
    ["annotator", false],
    ["viewer", false],
  ] as const)("lets another %s change it: %s", (role, allowed) => {
    expect(mayChangeAnnotation({ userId: OTHER, role }, { createdById: AUTHOR })).toBe(allowed);
  });
});

describe("isOwnClaim", () => {
  it("marks the claim of its author, and only of its author", () => {
    expect(isOwnClaim({ userId: AUTHOR }, { createdById: AUTHOR })).toBe(true);
    expect(isOwnClaim({ userId: OTHER }, { createdById: AUTHOR })).toBe(false);
  });
});

describe("mayEditClaim", () => {
  it("leaves a claim to its author alone", () => {
    expect(mayEditClaim({ userId: AUTHOR }, { createdById: AUTHOR })).toBe(true);
    expect(mayEditClaim({ userId: OTHER }, { createdById: AUTHOR })).toBe(false);
  });
});
