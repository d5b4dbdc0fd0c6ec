import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { projectState } from "@/test/support/db-state";
import { addMember, createProject, createUser, type TestUser } from "@/test/support/fixtures";
import { GET, POST } from "./route";

let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([createUser("projects"), createUser("other")]);
});

describe("POST /api/v1/projects", () => {
  it("answers 201 {id, name, role: owner} and makes the creator owner, with both events logged", async () => {
    const res = await call(POST, { token: owner.token, body: { name: "  Iran 1988  ", description: "Prison massacre sources" } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), name: "Iran 1988", role: "owner", description: "Prison massacre sources" });
    const state = await projectState(res.body.id);
    expect(state.memberships).toEqual([`${owner.id}:owner`]);
    const events = await db().event.findMany({ where: { projectId: res.body.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.seq, e.type, e.actorId])).toEqual([
      [1, "project.created", owner.id],
      [2, "member.added", owner.id],
    ]);
  });

  it.each([
    ["a missing name", {}, ["name"]],
    ["a blank name", { name: "   " }, ["name"]],
    ["a name of the wrong type", { name: 7 }, ["name"]],
    ["a description too long", { name: "ok", description: "x".repeat(5001) }, ["description"]],
  ])("answers 400 for %s and creates nothing", async (_label, body, path) => {
    const before = await db().project.count({ where: { createdById: owner.id } });
    const res = await call(POST, { token: owner.token, body });
    expectError(res, 400, "invalid_input", [path]);
    expect(await db().project.count({ where: { createdById: owner.id } })).toBe(before);
  });

  it("answers 401 without a valid token and creates nothing", async () => {
    const before = await db().project.count({ where: { name: "Anonymous project" } });
    expectError(await call(POST, { body: { name: "Anonymous project" } }), 401, "unauthorized");
    expectError(await call(POST, { token: "pwb_forged", body: { name: "Anonymous project" } }), 401, "unauthorized");
    expect(await db().project.count({ where: { name: "Anonymous project" } })).toBe(before);
  });
});

describe("GET /api/v1/projects", () => {
  it("lists only the caller's projects, each with the caller's role", async () => {
    const user = await createUser("lister");
    const own = await createProject(user, "Own");
    const shared = await createProject(other, "Shared");
    await addMember(other, shared, user, "viewer");
    const hidden = await createProject(other, "Hidden");
    const res = await call(GET, { token: user.token });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((p: { id: string; role: string }) => [p.id, p.role])).toEqual([
      [own, "owner"],
      [shared, "viewer"],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(hidden);
    expect(res.body.items[1]).toEqual({
      id: shared,
      name: "Shared",
      description: null,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      role: "viewer",
      documentCount: 0,
      memberCount: 2,
    });
  });

  it("pages with limit and cursor, oldest first, without gaps or repeats", async () => {
    const user = await createUser("pager");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createProject(user, `P${i}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const res = await call(GET, { token: user.token, url: `/api/v1/projects${query}` });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((p: { id: string }) => p.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual([...ids].sort());
    const whole = await call(GET, { token: user.token, url: "/api/v1/projects?limit=500" });
    expect(seen).toEqual(whole.body.items.map((p: { id: string }) => p.id));
  });

  it("answers 400 for a bad limit or cursor", async () => {
    expectError(await call(GET, { token: owner.token, url: "/api/v1/projects?limit=0" }), 400, "invalid_input", [["limit"]]);
    expectError(await call(GET, { token: owner.token, url: "/api/v1/projects?limit=501" }), 400, "invalid_input", [["limit"]]);
    expectError(await call(GET, { token: owner.token, url: "/api/v1/projects?cursor=garbage" }), 400, "invalid_input", [["cursor"]]);
  });

  it("answers 401 without a valid token", async () => {
    expectError(await call(GET), 401, "unauthorized");
    expectError(await call(GET, { token: "pwb_forged" }), 401, "unauthorized");
  });
});
