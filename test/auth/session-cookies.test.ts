// The cookies next-auth sets when someone signs in, produced by next-auth's own request handler with
// our options: HttpOnly and SameSite=Lax always; Secure with the __Secure-/__Host- prefixes when the
// deployment is served over https. Signing in without next-auth's CSRF token sets no session.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser, type TestUser } from "../support/fixtures";
import { authOptions } from "@/lib/auth/options";

// next-auth exports its framework-free handler only to itself; load it by file, as its Next adapter does.
const load = createRequire(import.meta.url);
type AuthHandler = (params: { req: Request; options: NextAuthOptions }) => Promise<{ status?: number; body?: unknown; redirect?: string; cookies?: InternalCookie[] }>;
const { AuthHandler } = load(path.resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: AuthHandler };
const { toResponse } = load(path.resolve("node_modules/next-auth/next/utils.js")) as { toResponse: (res: unknown) => Response };

interface InternalCookie {
  name: string;
  value: string;
  options: { httpOnly?: boolean; secure?: boolean; sameSite?: string; path?: string };
}

let user: TestUser;
beforeAll(async () => {
  user = await createUser("cookies");
});
afterEach(() => {
  delete process.env.NEXTAUTH_URL;
});

async function authRequest(origin: string, path: string, init: { method?: string; body?: object; cookie?: string } = {}) {
  const headers: Record<string, string> = { host: new URL(origin).host, "content-type": "application/json", "x-forwarded-for": "198.18.7.7" };
  if (init.cookie) headers.cookie = init.cookie;
  const req = new Request(`${origin}/api/auth/${path}`, { method: init.method ?? "GET", headers, body: init.body ? JSON.stringify(init.body) : undefined });
  const res = await AuthHandler({ req, options: { ...authOptions, secret: process.env.NEXTAUTH_SECRET } });
  // The Set-Cookie headers exactly as the route would send them.
  const setCookie = toResponse(res).headers.getSetCookie();
  return { ...res, cookies: res.cookies ?? [], setCookie };
}

/** Fetches a CSRF token, then posts the credentials with it (or with `csrfToken` replaced). */
async function signIn(origin: string, override?: { csrfToken: string }) {
  process.env.NEXTAUTH_URL = origin;
  const csrf = await authRequest(origin, "csrf");
  const csrfCookie = csrf.cookies.find((c) => c.name.endsWith("next-auth.csrf-token"))!;
  const { csrfToken } = csrf.body as { csrfToken: string };
  const res = await authRequest(origin, "callback/credentials", {
    method: "POST",
    cookie: `${csrfCookie.name}=${csrfCookie.value}`,
    body: { email: user.email, password: user.password, csrfToken: override?.csrfToken ?? csrfToken, json: "true" },
  });
  return { csrfCookie, res };
}

describe("session cookies", () => {
  it("are Secure, HttpOnly, SameSite=Lax and prefixed when the workbench is served over https", async () => {
    const { csrfCookie, res } = await signIn("https://workbench.example");
    expect(csrfCookie.name).toBe("__Host-next-auth.csrf-token");
    expect(csrfCookie.options).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    const session = res.cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session?.value).toMatch(/^ey/);
    expect(session?.options).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    for (const c of res.cookies) expect(c.options.secure, c.name).toBe(true);
    const header = res.setCookie.find((h) => h.startsWith("__Secure-next-auth.session-token="));
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Lax/);
  });

  it("stay HttpOnly and SameSite=Lax, without Secure, on plain http (a laptop's localhost)", async () => {
    const { res } = await signIn("http://localhost:3000");
    const session = res.cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session?.name).toBe("next-auth.session-token");
    expect(session?.options).toMatchObject({ httpOnly: true, secure: false, sameSite: "lax", path: "/" });
    const header = res.setCookie.find((h) => h.startsWith("next-auth.session-token="));
    expect(header).toMatch(/; HttpOnly/);
    expect(header).not.toMatch(/; Secure/);
  });

  it("are not set when the sign-in form's CSRF token is missing or forged", async () => {
    const { res } = await signIn("https://workbench.example", { csrfToken: "forged" });
    expect(res.cookies.some((c) => c.name.endsWith("session-token"))).toBe(false);
    expect(res.redirect).toMatch(/csrf=true/);
  });
});
