import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProjects } from "@/app/api/v1/projects/route";
import { db } from "@/lib/db/client";
import { parseEnv } from "@/lib/env.js";
import { call, randomClientAddress } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { createUser, type TestUser, uniqueEmail } from "@/test/support/fixtures";
import { GET, POST } from "./route";

let user: TestUser;

beforeAll(async () => {
  user = await createUser("tokens");
});

describe("POST /api/v1/tokens", () => {
  it("answers 201 {id, token, name} with a token that works and is stored only as its sha256", async () => {
    const res = await call(POST, { body: { email: user.email.toUpperCase(), password: user.password, name: "R script" } });
    expect(res.status).toBe(201);
    // An unscoped token: every project of its user, reading and writing.
    expect(res.body).toEqual({ id: expect.any(String), token: expect.stringMatching(/^pwb_/), name: "R script", projects: [], readOnly: false });
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.userId).toBe(user.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(res.body.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(res.body.token);
    expect((await call(listProjects, { token: res.body.token })).status).toBe(200);
  });

  it("names an unnamed token by its date", async () => {
    const res = await call(POST, { body: { email: user.email, password: user.password } });
    expect(res.status).toBe(201);
    expect(res.body.name).toMatch(/^token \d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ["a wrong password", () => ({ email: user.email, password: "wrong password" })],
    ["an unknown email", () => ({ email: uniqueEmail("nobody"), password: "whatever password" })],
  ])("answers 401 for %s and creates no token", async (_label, body) => {
    const before = await db().apiToken.count({ where: { userId: user.id } });
    const res = await call(POST, { body: body() });
    expectError(res, 401, "unauthorized");
    expect(res.body.error.message).toBe("Wrong email or password.");
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(before);
  });

  it("answers 400 naming the bad fields, and creates no token", async () => {
    const before = await db().apiToken.count({ where: { userId: user.id } });
    const res = await call(POST, { body: { email: "not an email", name: "" } });
    expectError(res, 400, "invalid_input", [["email"], ["password"], ["name"]]);
    const res2 = await call(POST, { body: { email: user.email, password: user.password, name: "x".repeat(101) } });
    expectError(res2, 400, "invalid_input", [["name"]]);
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(before);
  });
});

describe("sign-in rate limit", () => {
  const max = parseEnv(process.env).SIGNIN_MAX_FAILURES;

  it(`refuses an account after ${max} failures, even with the right password`, async () => {
    const victim = await createUser("limited");
    for (let i = 0; i < max; i++) {
      const res = await call(POST, { body: { email: victim.email, password: `wrong ${i} password` } });
      expectError(res, 401, "unauthorized");
    }
    const res = await call(POST, { body: { email: victim.email, password: victim.password } });
    expectError(res, 429, "rate_limited");
    expect(await db().apiToken.count({ where: { userId: victim.id } })).toBe(1);
    // Other accounts are not affected.
    expect((await call(POST, { body: { email: user.email, password: user.password } })).status).toBe(201);
  });

  it("refuses an address after four times as many failures across accounts", async () => {
    const ip = randomClientAddress();
    const headers = { "x-forwarded-for": ip };
    for (let i = 0; i < max * 4; i++) {
      const res = await call(POST, { headers, body: { email: uniqueEmail("spray"), password: "guessed password" } });
      expectError(res, 401, "unauthorized");
    }
    expectError(await call(POST, { headers, body: { email: user.email, password: user.password } }), 429, "rate_limited");
    // The same account from another address still signs in.
    expect((await call(POST, { body: { email: user.email, password: user.password } })).status).toBe(201);
  });
});

describe("GET /api/v1/tokens", () => {
  it("lists the caller's own tokens without their secrets", async () => {
    const other = await createUser("other");
    const res = await call(GET, { token: user.token });
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const ids = res.body.items.map((t: { id: string }) => t.id);
    expect(ids).toContain(user.tokenId);
    expect(ids).not.toContain(other.tokenId);
    const mine = res.body.items.find((t: { id: string }) => t.id === user.tokenId);
    expect(mine).toEqual({
      id: user.tokenId,
      name: expect.any(String),
      prefix: user.token.slice(0, 10),
      projects: [],
      readOnly: false,
      createdAt: expect.stringMatching(/Z$/),
      lastUsedAt: expect.stringMatching(/Z$/),
      revokedAt: null,
    });
    expect(JSON.stringify(res.body)).not.toContain(user.token);
    expect(JSON.stringify(res.body)).not.toContain("tokenHash");
  });

  it("answers 401 without a token, with a bad one, or with a malformed header", async () => {
    expectError(await call(GET), 401, "unauthorized");
    expectError(await call(GET, { token: "pwb_not-a-real-token" }), 401, "unauthorized");
    expectError(await call(GET, { token: "" }), 401, "unauthorized");
    expectError(await call(GET, { headers: { authorization: `Basic ${user.token}` } }), 401, "unauthorized");
    const res = await call(GET, { token: "nope" });
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});
