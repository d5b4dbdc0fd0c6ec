import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { projectState } from "@/test/support/db-state";
import { addMember, createTeam, createTeamProject, type Team } from "@/test/support/fixtures";
import { DELETE, PATCH } from "./route";

let team: Team;

beforeAll(async () => {
  team = await createTeam();
});

const lastEvent = (projectId: string) => db().event.findFirstOrThrow({ where: { projectId }, orderBy: { seq: "desc" } });

describe("PATCH /api/v1/projects/{projectId}/members/{userId}", () => {
  it("changes a role, answers the member, and logs before and after", async () => {
    const projectId = await createTeamProject(team);
    const res = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId, userId: team.viewer.id }, body: { role: "reviewer" } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: team.viewer.id, email: team.viewer.email, name: team.viewer.name, role: "reviewer", addedAt: expect.stringMatching(/Z$/) });
    expect((await projectState(projectId)).memberships).toContain(`${team.viewer.id}:reviewer`);
    const event = await lastEvent(projectId);
    expect(event).toMatchObject({ type: "member.role_changed", subjectId: team.viewer.id, actorId: team.owner.id });
    expect(event.data).toEqual({ before: { role: "viewer" }, after: { role: "reviewer" } });
  });

  it("logs nothing when the role does not change", async () => {
    const projectId = await createTeamProject(team);
    const before = await projectState(projectId);
    const res = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId, userId: team.annotator.id }, body: { role: "annotator" } });
    expect(res.status).toBe(200);
    expect(await projectState(projectId)).toEqual(before);
  });

  it("answers 409 when demoting the last owner, and lets them step down once another owner exists", async () => {
    const projectId = await createTeamProject(team);
    const before = await projectState(projectId);
    const demote = () => call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId, userId: team.owner.id }, body: { role: "viewer" } });
    expectError(await demote(), 409, "conflict");
    expect(await projectState(projectId)).toEqual(before);
    const promote = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId, userId: team.reviewer.id }, body: { role: "owner" } });
    expect(promote.status).toBe(200);
    expect((await demote()).status).toBe(200);
    expect((await projectState(projectId)).memberships.filter((m) => m.endsWith(":owner"))).toEqual([`${team.reviewer.id}:owner`]);
  });

  it("answers 400 for a bad role and changes nothing", async () => {
    const before = await projectState(team.projectId);
    const res = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId: team.projectId, userId: team.viewer.id }, body: { role: "superuser" } });
    expectError(res, 400, "invalid_input", [["role"]]);
    const empty = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId: team.projectId, userId: team.viewer.id }, body: {} });
    expectError(empty, 400, "invalid_input", [["role"]]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("answers 404 for someone who is not a member", async () => {
    const res = await call(PATCH, { method: "PATCH", token: team.owner.token, params: { projectId: team.projectId, userId: team.outsider.id }, body: { role: "viewer" } });
    expectError(res, 404, "not_found");
    expect((await projectState(team.projectId)).memberships).not.toContain(`${team.outsider.id}:viewer`);
  });

  it.each(["reviewer", "annotator", "viewer"] as const)("refuses a %s with 403, even on their own membership", async (role) => {
    const before = await projectState(team.projectId);
    const res = await call(PATCH, { method: "PATCH", token: team[role].token, params: { projectId: team.projectId, userId: team[role].id }, body: { role: "owner" } });
    expectError(res, 403, "forbidden");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("hides the project from an outsider and answers 401 without a token", async () => {
    const target = { projectId: team.projectId, userId: team.viewer.id };
    expectHidden(await call(PATCH, { method: "PATCH", token: team.outsider.token, params: target, body: { role: "owner" } }));
    expectError(await call(PATCH, { method: "PATCH", params: target, body: { role: "owner" } }), 401, "unauthorized");
  });
});

describe("DELETE /api/v1/projects/{projectId}/members/{userId}", () => {
  it("removes a member (204), who then no longer sees the project", async () => {
    const projectId = await createTeamProject(team);
    const res = await call(DELETE, { method: "DELETE", token: team.owner.token, params: { projectId, userId: team.annotator.id } });
    expect(res.status).toBe(204);
    expect((await projectState(projectId)).memberships).not.toContain(`${team.annotator.id}:annotator`);
    const event = await lastEvent(projectId);
    expect(event).toMatchObject({ type: "member.removed", subjectId: team.annotator.id, data: { before: { role: "annotator" } } });
    const again = await call(PATCH, { method: "PATCH", token: team.annotator.token, params: { projectId, userId: team.annotator.id }, body: { role: "owner" } });
    expectHidden(again);
  });

  it("answers 409 when removing the last owner, and allows it once another owner exists", async () => {
    const projectId = await createTeamProject(team);
    const before = await projectState(projectId);
    const remove = () => call(DELETE, { method: "DELETE", token: team.owner.token, params: { projectId, userId: team.owner.id } });
    expectError(await remove(), 409, "conflict");
    expect(await projectState(projectId)).toEqual(before);
    await addMember(team.owner, projectId, team.outsider, "owner");
    expect((await remove()).status).toBe(204);
    expect((await projectState(projectId)).memberships).not.toContain(`${team.owner.id}:owner`);
  });

  it("answers 404 for someone who is not a member", async () => {
    const res = await call(DELETE, { method: "DELETE", token: team.owner.token, params: { projectId: team.projectId, userId: team.outsider.id } });
    expectError(res, 404, "not_found");
  });

  it.each(["reviewer", "annotator", "viewer"] as const)("refuses a %s with 403 and removes nobody", async (role) => {
    const before = await projectState(team.projectId);
    const res = await call(DELETE, { method: "DELETE", token: team[role].token, params: { projectId: team.projectId, userId: team.viewer.id } });
    expectError(res, 403, "forbidden");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("hides the project from an outsider and answers 401 without a token", async () => {
    const before = await projectState(team.projectId);
    const target = { projectId: team.projectId, userId: team.viewer.id };
    expectHidden(await call(DELETE, { method: "DELETE", token: team.outsider.token, params: target }));
    expectError(await call(DELETE, { method: "DELETE", params: target }), 401, "unauthorized");
    expect(await projectState(team.projectId)).toEqual(before);
  });
});
