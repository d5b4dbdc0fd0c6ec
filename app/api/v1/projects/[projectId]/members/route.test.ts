import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { projectState } from "@/test/support/db-state";
import { createTeam, createUser, type Team, uniqueEmail } from "@/test/support/fixtures";
import { GET, POST } from "./route";

let team: Team;

beforeAll(async () => {
  team = await createTeam();
});

const params = () => ({ projectId: team.projectId });

describe("GET /api/v1/projects/{projectId}/members", () => {
  it.each(["owner", "reviewer", "annotator", "viewer"] as const)("lists every member to a %s", async (role) => {
    const res = await call(GET, { token: team[role].token, params: params() });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const byRole = Object.fromEntries(res.body.items.map((m: { role: string; userId: string }) => [m.role, m.userId]));
    expect(byRole).toEqual({ owner: team.owner.id, reviewer: team.reviewer.id, annotator: team.annotator.id, viewer: team.viewer.id });
    expect(res.body.items[0]).toEqual({
      userId: team.owner.id,
      email: team.owner.email,
      name: team.owner.name,
      role: "owner",
      addedAt: expect.stringMatching(/Z$/),
    });
  });

  it("hides the project from an outsider (404) and answers 401 without a token", async () => {
    expectHidden(await call(GET, { token: team.outsider.token, params: params() }));
    expectError(await call(GET, { params: params() }), 401, "unauthorized");
  });
});

describe("POST /api/v1/projects/{projectId}/members", () => {
  it.each(["owner", "reviewer", "annotator", "viewer"] as const)("adds a new %s and logs it", async (role) => {
    const newcomer = await createUser(`new-${role}`);
    const res = await call(POST, { token: team.owner.token, params: params(), body: { email: newcomer.email.toUpperCase(), role } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ userId: newcomer.id, email: newcomer.email, name: newcomer.name, role, addedAt: expect.stringMatching(/Z$/) });
    const event = await db().event.findFirstOrThrow({ where: { projectId: team.projectId }, orderBy: { seq: "desc" } });
    expect(event).toMatchObject({ type: "member.added", subjectId: newcomer.id, actorId: team.owner.id });
    expect(event.data).toEqual({ after: { role, email: newcomer.email } });
  });

  it.each([
    ["an unknown role", { email: "EMAIL", role: "admin" }, ["role"]],
    ["a missing role", { email: "EMAIL" }, ["role"]],
    ["a bad email", { email: "nobody", role: "viewer" }, ["email"]],
  ])("answers 400 for %s and changes nothing", async (_label, body, path) => {
    const before = await projectState(team.projectId);
    const email = body.email === "EMAIL" ? team.outsider.email : body.email;
    const res = await call(POST, { token: team.owner.token, params: params(), body: { ...body, email } });
    expectError(res, 400, "invalid_input", [path]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("answers 404 naming the email when no account has it", async () => {
    const before = await projectState(team.projectId);
    const res = await call(POST, { token: team.owner.token, params: params(), body: { email: uniqueEmail("ghost"), role: "viewer" } });
    expectError(res, 404, "not_found", [["email"]]);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("answers 409 for someone already a member, whatever the role asked", async () => {
    const before = await projectState(team.projectId);
    const res = await call(POST, { token: team.owner.token, params: params(), body: { email: team.viewer.email, role: "owner" } });
    expectError(res, 409, "conflict");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it.each(["reviewer", "annotator", "viewer"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const before = await projectState(team.projectId);
    const res = await call(POST, { token: team[role].token, params: params(), body: { email: team.outsider.email, role: "owner" } });
    expectError(res, 403, "forbidden");
    expect(res.body.error.message).toContain("owner");
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("hides the project from an outsider, who cannot add themself", async () => {
    const before = await projectState(team.projectId);
    const res = await call(POST, { token: team.outsider.token, params: params(), body: { email: team.outsider.email, role: "owner" } });
    expectHidden(res);
    expect(await projectState(team.projectId)).toEqual(before);
  });

  it("answers 401 without a token", async () => {
    expectError(await call(POST, { params: params(), body: { email: team.outsider.email, role: "viewer" } }), 401, "unauthorized");
  });
});
