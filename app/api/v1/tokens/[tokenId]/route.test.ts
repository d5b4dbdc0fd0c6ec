import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProjects } from "@/app/api/v1/projects/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { createUser, type TestUser } from "@/test/support/fixtures";
import { GET as listTokens, POST as createToken } from "../route";
import { DELETE } from "./route";

let user: TestUser;

async function newToken(owner: TestUser): Promise<{ id: string; token: string }> {
  const res = await call(createToken, { body: { email: owner.email, password: owner.password } });
  expect(res.status).toBe(201);
  return res.body;
}

beforeAll(async () => {
  user = await createUser("revoke");
});

describe("DELETE /api/v1/tokens/{tokenId}", () => {
  it("revokes the token: 204, then the token is refused while others still work", async () => {
    const doomed = await newToken(user);
    expect((await call(listProjects, { token: doomed.token })).status).toBe(200);
    const res = await call(DELETE, { method: "DELETE", token: user.token, params: { tokenId: doomed.id } });
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expectError(await call(listProjects, { token: doomed.token }), 401, "unauthorized");
    expect((await call(listProjects, { token: user.token })).status).toBe(200);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: doomed.id } });
    expect(row.revokedAt).toBeInstanceOf(Date);
    const listed = await call(listTokens, { token: user.token });
    const entry = listed.body.items.find((t: { id: string }) => t.id === doomed.id);
    expect(entry.revokedAt).toMatch(/Z$/);
  });

  it("lets a token revoke itself", async () => {
    const self = await newToken(user);
    expect((await call(DELETE, { method: "DELETE", token: self.token, params: { tokenId: self.id } })).status).toBe(204);
    expectError(await call(listProjects, { token: self.token }), 401, "unauthorized");
  });

  it("answers 404 for a token already revoked", async () => {
    const once = await newToken(user);
    expect((await call(DELETE, { method: "DELETE", token: user.token, params: { tokenId: once.id } })).status).toBe(204);
    expectError(await call(DELETE, { method: "DELETE", token: user.token, params: { tokenId: once.id } }), 404, "not_found");
  });

  it("answers 404 for someone else's token, and leaves it working", async () => {
    const other = await createUser("other");
    const res = await call(DELETE, { method: "DELETE", token: user.token, params: { tokenId: other.tokenId } });
    expectError(res, 404, "not_found");
    const missing = await call(DELETE, { method: "DELETE", token: user.token, params: { tokenId: "tok_doesnotexist" } });
    expect(missing.body).toEqual(res.body);
    expect((await call(listProjects, { token: other.token })).status).toBe(200);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: other.tokenId } })).revokedAt).toBeNull();
  });

  it("answers 401 without credentials and revokes nothing", async () => {
    const kept = await newToken(user);
    expectError(await call(DELETE, { method: "DELETE", params: { tokenId: kept.id } }), 401, "unauthorized");
    expectError(await call(DELETE, { method: "DELETE", token: "pwb_bad", params: { tokenId: kept.id } }), 401, "unauthorized");
    expect((await call(listProjects, { token: kept.token })).status).toBe(200);
  });
});
