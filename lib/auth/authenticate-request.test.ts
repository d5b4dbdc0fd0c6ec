// Browser sessions (the next-auth cookie) work on the same routes as API tokens.
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProjects } from "@/app/api/v1/projects/route";
import { call } from "../testing/api";
import { expectError } from "../testing/assertions";
import { createProject, createUser, type TestUser } from "../testing/fixtures";
import { authenticate, findActor } from "./authenticate-request";

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
