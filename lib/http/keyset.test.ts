import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { compareKeys, decodeKey, encodeKey, keyset, pageInMemory } from "./keyset";

function expectBadCursor(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).issues).toEqual([{ path: ["cursor"], message: "Invalid cursor" }]);
    return;
  }
  throw new Error("the cursor was accepted");
}

describe("cursor keys", () => {
  it("round-trips strings, numbers, bigints and times, tagged by type", () => {
    const key = ["doc_1", 3, 12345678901234567n, new Date(Date.UTC(1988, 6, 19, 10, 30, 0, 123))];
    const cursor = encodeKey(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKey(cursor, key)).toEqual(key);
  });

  it.each([
    ["plain text", "hello"],
    ["JSON without a key", Buffer.from('{"t":1}').toString("base64url")],
    ["a key of the wrong length", encodeKey(["a"])],
    ["a key of the wrong kinds", encodeKey([1, "a"])],
    ["an empty string part", Buffer.from('{"k":[["s",""],["s","a"]]}').toString("base64url")],
    ["a time that is not ISO", Buffer.from('{"k":[["d","yesterday"],["s","a"]]}').toString("base64url")],
  ])("refuses %s as a 400 naming `cursor`", (_label, cursor) => {
    expectBadCursor(() => decodeKey(cursor, ["x", "y"]));
  });

  it("orders keys part by part", () => {
    expect(compareKeys([1, "b"], [1, "c"])).toBeLessThan(0);
    expect(compareKeys([2, "a"], [1, "z"])).toBeGreaterThan(0);
    expect(compareKeys([new Date(5), "a"], [new Date(5), "a"])).toBe(0);
  });
});

describe("keyset", () => {
  const byTime = keyset<{ createdAt: Date; id: string }>({ field: "createdAt", of: (r) => r.createdAt }, { field: "id", of: (r) => r.id });

  it("selects rows strictly after the cursor's key, in key order, one row more than the limit", () => {
    const cursor = encodeKey([new Date(1000), "b"]);
    expect(byTime.window({ limit: 2, cursor })).toEqual({
      where: { OR: [{ createdAt: { gt: new Date(1000) } }, { createdAt: new Date(1000), id: { gt: "b" } }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 3,
    });
    expect(byTime.window({ limit: 2 }).where).toEqual({});
  });

  it("cuts the extra row and names the last row kept as the next cursor; null on the last page", () => {
    const rows = [1, 2, 3].map((n) => ({ createdAt: new Date(n), id: `r${n}` }));
    const first = byTime.page(rows, 2, (r) => r.id);
    expect(first.items).toEqual(["r1", "r2"]);
    expect(decodeKey(first.nextCursor ?? undefined, 2)).toEqual([new Date(2), "r2"]);
    expect(byTime.page(rows, 3, (r) => r.id)).toEqual({ items: ["r1", "r2", "r3"], nextCursor: null });
  });
});

describe("pageInMemory", () => {
  const items = ["c", "a", "d", "b", "e"];
  const walk = (list: string[], limit: number) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = pageInMemory(list, { limit, cursor }, (s) => [s], (s) => s);
      seen.push(...page.items);
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
      list = [...list, `z${i}`];
    }
    throw new Error("did not end");
  };

  it("visits every item once, in key order, even while items are added", () => {
    expect(walk(items, 2)).toEqual(["a", "b", "c", "d", "e", "z0", "z1", "z2"]);
  });

  it("answers an empty page for a cursor past the end", () => {
    expect(pageInMemory(items, { limit: 2, cursor: encodeKey(["zz"]) }, (s) => [s], (s) => s)).toEqual({ items: [], nextCursor: null });
  });
});
