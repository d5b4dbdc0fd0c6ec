// The page policy is strict (no inline script or style without the nonce, nothing from elsewhere),
// and the data policy lets nothing load or run.
import { describe, expect, it } from "vitest";
import { DATA_POLICY, newNonce, nonceOf, pagePolicy } from "./content-security-policy";
import { dataHeaders, pageHeaders } from "./response-headers";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe("pagePolicy", () => {
  it("allows scripts and styles only with this request's nonce", () => {
    const d = directives(pagePolicy({ nonce: "abc123==" }));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    for (const values of d.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain("*");
    }
  });

  it("closes plugins, base, framing, and other origins", () => {
    const d = directives(pagePolicy({ nonce: "n" }));
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("allows eval and inline styles only for the development server", () => {
    const dev = directives(pagePolicy({ nonce: "n", dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const production = directives(pagePolicy({ nonce: "n", dev: false }));
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(production.get("style-src")).not.toContain("'unsafe-inline'");
  });

  it("hands Next back the nonce it was built with", () => {
    const nonce = newNonce();
    expect(nonceOf(pagePolicy({ nonce }))).toBe(nonce);
    expect(nonceOf(DATA_POLICY)).toBeUndefined();
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("security headers", () => {
  it("sandboxes data responses and forbids sniffing", () => {
    const h = dataHeaders();
    expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
  });

  it("asks for https only where the deployment is served over it", () => {
    expect(pageHeaders({ nonce: "n", publicUrl: "https://workbench.example" })["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(pageHeaders({ nonce: "n", publicUrl: "http://localhost:3000" })["strict-transport-security"]).toBeUndefined();
    expect(dataHeaders({})["strict-transport-security"]).toBeUndefined();
  });
});
