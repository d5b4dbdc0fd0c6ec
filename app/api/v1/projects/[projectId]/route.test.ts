import { beforeAll, describe, expect, it } from "vitest";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

let team: Team;

beforeAll(async () => {
  team = await createTeam();
});

describe("GET /api/v1/projects/{projectId}", () => {
  it.each(["owner", "reviewer", "annotator", "viewer"] as const)("shows the project to a %s, with their role", async (role) => {
    const res = await call(GET, { token: team[role].token, params: { projectId: team.projectId } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: team.projectId,
      name: expect.any(String),
      description: null,
      createdAt: expect.stringMatching(/Z$/),
      role,
      settings: { requiredApprovals: 1, blindAnnotation: false },
      documentCount: 0,
      memberCount: 4,
    });
  });

  it("answers an outsider exactly as for a project that does not exist", async () => {
    const res = await call(GET, { token: team.outsider.token, params: { projectId: team.projectId } });
    expectHidden(res);
    const missing = await call(GET, { token: team.outsider.token, params: { projectId: "prj_doesnotexist" } });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(res.body);
  });

  it("answers 401 without a valid token", async () => {
    expectError(await call(GET, { params: { projectId: team.projectId } }), 401, "unauthorized");
    expectError(await call(GET, { token: "pwb_forged", params: { projectId: team.projectId } }), 401, "unauthorized");
  });
});
