import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { afterCursor, decodeCursor, encodeCursor, page, ZListQuery } from "./pagination";

const row = (ms: number, id: string) => ({ createdAt: new Date(ms), id });

function expectBadCursor(cursor: string) {
  try {
    decodeCursor(cursor);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe("invalid_input");
    expect(e.status).toBe(400);
    expect(e.issues).toEqual([{ path: ["cursor"], message: expect.any(String) }]);
    return;
  }
  throw new Error(`cursor ${JSON.stringify(cursor)} was accepted`);
}

describe("cursors", () => {
  it("round-trips the creation time (to the millisecond) and id", () => {
    const original = row(Date.UTC(1988, 6, 19, 10, 30, 0, 123), "doc_abc");
    const cursor = encodeCursor(original);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(original);
  });

  it("treats a missing cursor as the start", () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(afterCursor(undefined)).toEqual({});
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["JSON of the wrong shape", Buffer.from(JSON.stringify({ id: "x" })).toString("base64url")],
    ["a date that is not ISO", Buffer.from(JSON.stringify({ t: "yesterday", id: "x" })).toString("base64url")],
    ["an empty id", Buffer.from(JSON.stringify({ t: new Date().toISOString(), id: "" })).toString("base64url")],
    ["plain text", "hello"],
  ])("rejects %s as 400 invalid_input on `cursor`", (_label, cursor) => {
    expectBadCursor(cursor);
  });

  it("selects rows strictly after the cursor in (createdAt, id) order", () => {
    const cursor = { createdAt: new Date(1000), id: "b" };
    expect(afterCursor(cursor)).toEqual({
      OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: "b" } }],
    });
  });
});

describe("page", () => {
  const rows = [row(1, "a"), row(2, "b"), row(3, "c")];

  it("cuts the extra row and points the next cursor at the last row kept", () => {
    const result = page(rows, 2, (r) => r.id);
    expect(result.items).toEqual(["a", "b"]);
    expect(result.nextCursor).not.toBeNull();
    expect(decodeCursor(result.nextCursor ?? undefined)).toEqual(rows[1]);
  });

  it("answers a null cursor on the last page", () => {
    expect(page(rows, 3, (r) => r.id)).toEqual({ items: ["a", "b", "c"], nextCursor: null });
    expect(page([], 3, (r) => r)).toEqual({ items: [], nextCursor: null });
  });
});

describe("ZListQuery", () => {
  it("defaults limit to 50 and coerces it from the query string", () => {
    expect(ZListQuery.parse({})).toEqual({ limit: 50 });
    expect(ZListQuery.parse({ limit: "500", cursor: "x" })).toEqual({ limit: 500, cursor: "x" });
  });

  it.each(["0", "501", "2.5", "ten"])("rejects limit=%s", (limit) => {
    const result = ZListQuery.safeParse({ limit });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["limit"]);
  });
});
