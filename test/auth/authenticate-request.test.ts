// Browser sessions (the next-auth cookie) work on the same routes as API tokens.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProjects, POST as postProject } from "@/app/api/v1/projects/route";
import { db } from "@/lib/db/client";
import { call } from "../support/api";
import { expectError } from "../support/assertions";
import { createProject, createUser, type TestUser } from "../support/fixtures";
import { authenticate, findActor } from "@/lib/auth/authenticate-request";

let user: TestUser;
let projectId: string;

const sessionCookie = async (sub: string, secret = process.env.NEXTAUTH_SECRET ?? "") =>
  `next-auth.session-token=${await encode({ token: { sub }, secret })}`;

const request = (headers: Record<string, string>) => new Request("http://localhost/api/v1/projects", { headers });

beforeAll(async () => {
  user = await createUser("session");
  projectId = await createProject(user);
});

describe("authenticate", () => {
  it("accepts a bearer token and names it", async () => {
    const actor = await authenticate(request({ authorization: `Bearer ${user.token}` }));
    expect(actor).toEqual({ userId: user.id, via: "token", tokenId: user.tokenId });
  });

  it("accepts a next-auth session cookie on an API route", async () => {
    const cookie = await sessionCookie(user.id);
    expect(await findActor(request({ cookie }))).toEqual({ userId: user.id, via: "session" });
    const res = await call(listProjects, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([projectId]);
  });

  it("refuses a session of an account that no longer exists", async () => {
    const cookie = await sessionCookie("usr_deleted");
    expect(await findActor(request({ cookie }))).toBeNull();
    expectError(await call(listProjects, { headers: { cookie } }), 401, "unauthorized");
  });

  it("refuses a session cookie signed with another secret, or garbage", async () => {
    const forged = await sessionCookie(user.id, "another-secret-that-is-long-enough-000000");
    expectError(await call(listProjects, { headers: { cookie: forged } }), 401, "unauthorized");
    expectError(await call(listProjects, { headers: { cookie: "next-auth.session-token=garbage" } }), 401, "unauthorized");
  });

  it("answers 401, not 500, for a cookie whose percent-escapes are malformed", async () => {
    for (const cookie of ["next-auth.session-token=%E0%A4%A", "a=%; b=%ZZ; next-auth.session-token=%"]) {
      expect(await findActor(request({ cookie }))).toBeNull();
      expectError(await call(listProjects, { headers: { cookie } }), 401, "unauthorized");
    }
  });

  it("lets a bad bearer token fail even next to a good session", async () => {
    const cookie = await sessionCookie(user.id);
    await expect(authenticate(request({ cookie, authorization: "Bearer pwb_forged" }))).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("refuses a request with no credentials", async () => {
    await expect(authenticate(request({}))).rejects.toMatchObject({ code: "unauthorized", status: 401 });
  });
});

describe("cross-site requests with the session cookie", () => {
  const projectsOf = (userId: string) => db().membership.count({ where: { userId } });
  const create = (headers: Record<string, string>) => call(postProject, { method: "POST", body: { name: "Forged" }, headers: { host: "localhost:3000", ...headers } });

  it("refuses a change another site's page sends with the victim's cookie, and changes nothing", async () => {
    const victim = await createUser("csrf-victim");
    const cookie = await sessionCookie(victim.id);
    const forged: Record<string, string>[] = [
      { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { cookie, origin: "https://evil.example" },
      { cookie, "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" },
    ];
    for (const headers of forged) expectError(await create(headers), 403, "forbidden");
    expect(await projectsOf(victim.id)).toBe(0);
  });

  it("accepts the same change from the workbench's own page", async () => {
    const member = await createUser("csrf-own-page");
    const cookie = await sessionCookie(member.id);
    expect((await create({ cookie, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect(await projectsOf(member.id)).toBe(1);
  });

  it("does not apply to bearer tokens, which a browser never attaches by itself", async () => {
    const scripted = await createUser("csrf-token");
    const res = await call(postProject, { method: "POST", token: scripted.token, body: { name: "Scripted" }, headers: { origin: "https://notebook.example", "sec-fetch-site": "cross-site" } });
    expect(res.status).toBe(201);
  });
});
