import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionTokenUserId } from "./session-token-user-id";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
const cookie = (token: string) => ({ "next-auth.session-token": token });

describe("the session cookie's user id, decrypted once per token", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = SECRET;
    delete process.env.NEXTAUTH_URL;
  });
  afterEach(() => vi.useRealTimers());

  it("is the token's subject, the same on every read", async () => {
    const token = await encode({ token: { sub: "usr_a" }, secret: SECRET });
    expect(await sessionTokenUserId(cookie(token))).toBe("usr_a");
    expect(await sessionTokenUserId(cookie(token))).toBe("usr_a");
  });

  it("is null without a cookie, for a token made with another secret, and for a damaged token", async () => {
    const foreign = await encode({ token: { sub: "usr_b" }, secret: "another-secret-of-at-least-thirty-two-chars" });
    const good = await encode({ token: { sub: "usr_b" }, secret: SECRET });
    expect(await sessionTokenUserId({})).toBeNull();
    expect(await sessionTokenUserId(cookie(foreign))).toBeNull();
    expect(await sessionTokenUserId(cookie(`${good.slice(0, -4)}AAAA`))).toBeNull();
  });

  it("stops answering once the token has expired, although it was read before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-07T12:00:00Z"));
    const token = await encode({ token: { sub: "usr_c" }, secret: SECRET, maxAge: 60 });
    expect(await sessionTokenUserId(cookie(token))).toBe("usr_c");
    vi.setSystemTime(new Date("2026-12-07T12:01:10Z")); // within jose's 15 s of clock tolerance
    expect(await sessionTokenUserId(cookie(token))).toBe("usr_c");
    vi.setSystemTime(new Date("2026-12-07T12:01:20Z"));
    expect(await sessionTokenUserId(cookie(token))).toBeNull();
  });
});
