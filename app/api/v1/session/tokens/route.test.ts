// POST /api/v1/session/tokens: the token page's way to a token. A signed-in browser session gets
// one without the password, limited as asked; an API token, another site's page, a session whose
// account is gone and bad input get nothing, and no token is made.
import { describe, expect, it } from "vitest";
import { GET as listProjects } from "@/app/api/v1/projects/route";
import { GET as listTokens } from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { createProject, createUser } from "@/test/support/fixtures";
import { sessionCookie } from "@/test/support/session-cookie";
import { POST } from "./route";

const tokensOf = (userId: string) => db().apiToken.count({ where: { userId } });

describe("POST /api/v1/session/tokens", () => {
  it("gives a signed-in browser a token, limited to the projects and the access it asked for", async () => {
    const user = await createUser("session-token");
    const [mine, other] = [await createProject(user, "Mine"), await createProject(user, "Other")];
    const res = await call(POST, { headers: { cookie: await sessionCookie(user.id) }, body: { name: "R script", projects: [mine], readOnly: true } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), token: expect.stringMatching(/^pwb_/), name: "R script", projects: [mine], readOnly: true });
    const listed = await call(listProjects, { token: res.body.token });
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([mine]);
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(other);
    const own = await call(listTokens, { token: res.body.token });
    expect(own.body.items.find((t: { id: string }) => t.id === res.body.id)).toMatchObject({ name: "R script", readOnly: true });
  });

  it("names an unnamed token by its date and lets it reach every project", async () => {
    const user = await createUser("session-token");
    const res = await call(POST, { headers: { cookie: await sessionCookie(user.id) }, body: {} });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: expect.stringMatching(/^token \d{4}-\d{2}-\d{2}$/), projects: [], readOnly: false });
  });

  it("refuses an API token, even one that reaches everything, so a token never leaves another behind", async () => {
    const user = await createUser("session-token");
    const before = await tokensOf(user.id);
    expectError(await call(POST, { token: user.token, body: { name: "child" } }), 403, "forbidden");
    expect(await tokensOf(user.id)).toBe(before);
  });

  it("refuses no session, a session whose account is gone, and a session sent by another site's page", async () => {
    const user = await createUser("session-token");
    const before = await tokensOf(user.id);
    expectError(await call(POST, { body: { name: "nobody" } }), 401, "unauthorized");
    expectError(await call(POST, { headers: { cookie: await sessionCookie("usr_gone") }, body: { name: "gone" } }), 401, "unauthorized");
    const crossSite = { cookie: await sessionCookie(user.id), "sec-fetch-site": "cross-site" };
    expectError(await call(POST, { headers: crossSite, body: { name: "forged" } }), 403, "forbidden");
    expect(await tokensOf(user.id)).toBe(before);
  });

  it("answers 400 naming the bad fields, a project the user is not in included, and makes no token", async () => {
    const user = await createUser("session-token");
    const stranger = await createUser("stranger");
    const theirs = await createProject(stranger, "Theirs");
    const cookie = await sessionCookie(user.id);
    const before = await tokensOf(user.id);
    expectError(await call(POST, { headers: { cookie }, body: { name: "", readOnly: "yes" } }), 400, "invalid_input", [["name"], ["readOnly"]]);
    expectError(await call(POST, { headers: { cookie }, body: { projects: [theirs] } }), 400, "invalid_input", [["projects", 0]]);
    expect(await tokensOf(user.id)).toBe(before);
  });
});
