// The net under the boundary schemas: PostgreSQL refusing a value a request carried is the
// client's 400, not a 500; anything else the database says stays a 500. Real errors, real server.
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { errorResponse } from "./respond";

async function refusal(query: Promise<unknown>): Promise<unknown> {
  return query.then(
    () => {
      throw new Error("the database accepted it");
    },
    (error: unknown) => error,
  );
}

describe("errorResponse and database errors", () => {
  it.each([
    ["NUL in text (22021)", () => db().user.findUnique({ where: { email: "a\u0000b" } })],
    ["a lone surrogate escape in jsonb (22P02)", () => db().$queryRawUnsafe(`SELECT $1::jsonb`, '"\\ud800"')],
    ["\\u0000 in jsonb (22P05)", () => db().$queryRawUnsafe(`SELECT $1::jsonb->>0`, '["\\u0000"]')],
    ["an integer out of range (22003)", () => db().$queryRawUnsafe(`SELECT $1::int4`, "99999999999")],
    ["a date out of range (22008)", () => db().$queryRawUnsafe(`SELECT $1::text::date`, "1988-02-30")],
  ])("answers 400 invalid_input for %s", async (_name, query) => {
    const res = errorResponse(await refusal(query()));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toMatch(/cannot store/);
  });

  it("still answers 500 for a fault that is the server's", async () => {
    const res = errorResponse(await refusal(db().$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`)));
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe("internal");
  });
});
