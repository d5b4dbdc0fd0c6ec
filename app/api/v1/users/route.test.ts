import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { uniqueEmail } from "@/test/support/fixtures";
import { POST } from "./route";

const password = "correct horse battery";

describe("POST /api/v1/users", () => {
  afterEach(() => {
    process.env.SIGNUP_OPEN = "true";
  });

  it("creates an account and answers exactly {id, email, name}", async () => {
    const email = uniqueEmail("signup");
    const res = await call(POST, { body: { email, password, name: "  Shirin  " } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), email, name: "Shirin" });
    const row = await db().user.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.email).toBe(email);
    expect(row.passwordHash).not.toContain(password);
    expect(row.passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("stores the email in lower case", async () => {
    const email = uniqueEmail("Mixed");
    const res = await call(POST, { body: { email: `  ${email.toUpperCase()} `, password, name: "M" } });
    expect(res.status).toBe(201);
    expect(res.body.email).toBe(email.toLowerCase());
  });

  it("answers 409 for an email that exists, in any case, and writes nothing", async () => {
    const email = uniqueEmail("dup");
    expect((await call(POST, { body: { email, password, name: "First" } })).status).toBe(201);
    const res = await call(POST, { body: { email: email.toUpperCase(), password, name: "Second" } });
    expectError(res, 409, "conflict");
    const rows = await db().user.findMany({ where: { email } });
    expect(rows.map((r) => r.name)).toEqual(["First"]);
  });

  it.each([
    ["a bad email", { email: "not-an-email", password, name: "X" }, ["email"]],
    ["a short password", { email: "EMAIL", password: "short", name: "X" }, ["password"]],
    ["a blank name", { email: "EMAIL", password, name: "   " }, ["name"]],
    ["a missing name", { email: "EMAIL", password }, ["name"]],
    ["a password of the wrong type", { email: "EMAIL", password: 12345678901, name: "X" }, ["password"]],
  ])("answers 400 for %s, naming the field, and writes nothing", async (_label, body, path) => {
    const email = uniqueEmail("bad");
    const input = { ...body, email: body.email === "EMAIL" ? email : body.email };
    const res = await call(POST, { body: input });
    expectError(res, 400, "invalid_input", [path]);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("answers 400 invalid_json for a body that is not JSON", async () => {
    const res = await call(POST, { body: "{email:" });
    expectError(res, 400, "invalid_json");
  });

  it("answers 415 for a body that is not sent as JSON", async () => {
    const email = uniqueEmail("form");
    const res = await call(POST, {
      body: `email=${email}&password=${password}&name=x`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expectError(res, 415, "unsupported_media_type");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("answers 403 signup_closed when the deployment closed sign-up", async () => {
    process.env.SIGNUP_OPEN = "false";
    const email = uniqueEmail("closed");
    const res = await call(POST, { body: { email, password, name: "Closed" } });
    expectError(res, 403, "signup_closed");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("keeps concurrent sign-ups with one email to a single account", async () => {
    const email = `race-${randomUUID()}@example.test`;
    const results = await Promise.all([1, 2, 3].map((n) => call(POST, { body: { email, password, name: `R${n}` } })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });
});
