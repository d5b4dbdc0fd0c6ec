// The proxy in front of every route: pages get a fresh nonce, in the response's policy and in the
// request's own policy header that Next reads to put the nonce on its scripts; API routes get the
// policy that allows nothing.
import { unstable_doesMiddlewareMatch as matches } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { nonceOf } from "@/lib/security/content-security-policy";

const run = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe("proxy", () => {
  it("gives each page request its own nonce, and passes the same policy on to Next", () => {
    const first = run("/projects");
    const second = run("/projects");
    const policy = first.headers.get("content-security-policy");
    expect(nonceOf(policy)).toBeDefined();
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends API answers the policy that allows nothing, and does not touch their request", () => {
    const res = run("/api/v1/projects/prj_1/export?format=csv");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it("runs for pages and API routes, not for built static files", () => {
    for (const url of ["/projects/prj_1", "/sign-in", "/api/v1/projects", "/api/auth/csrf"]) expect(matches({ config, url }), url).toBe(true);
    for (const url of ["/_next/static/chunks/app.js", "/icon.svg"]) expect(matches({ config, url }), url).toBe(false);
  });
});
