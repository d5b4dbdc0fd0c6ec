// Which requests count as forged by another site's page, header by header.
import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./cross-site-request";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://workbench.example/api/v1/projects", { method, headers: { host: "workbench.example", ...headers } });

describe("isCrossSiteRequest", () => {
  it("never refuses a request that changes nothing", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(isCrossSiteRequest(req(method, { "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toBe(false);
  });

  it("trusts the browser's Sec-Fetch-Site first", () => {
    expect(isCrossSiteRequest(req("POST", { "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(req("POST", { "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteRequest(req("POST", { "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteRequest(req("DELETE", { "sec-fetch-site": "cross-site", origin: "http://workbench.example" }))).toBe(true);
  });

  it("compares Origin with the host the request was sent to", () => {
    expect(isCrossSiteRequest(req("POST", { origin: "http://workbench.example" }))).toBe(false);
    expect(isCrossSiteRequest(req("PATCH", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(req("POST", { origin: "http://workbench.example.evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(req("POST", { origin: "null" }))).toBe(true);
  });

  it("accepts the public origin behind a proxy that rewrites Host", () => {
    const behindProxy = new Request("http://10.0.0.5:3000/api/v1/projects", { method: "POST", headers: { host: "10.0.0.5:3000", origin: "https://workbench.example" } });
    expect(isCrossSiteRequest(behindProxy)).toBe(true);
    expect(isCrossSiteRequest(behindProxy, "https://workbench.example")).toBe(false);
    const forwarded = new Request("http://10.0.0.5:3000/api/v1/projects", { method: "POST", headers: { host: "10.0.0.5:3000", "x-forwarded-host": "workbench.example", origin: "https://workbench.example" } });
    expect(isCrossSiteRequest(forwarded)).toBe(false);
  });

  it("lets a request with neither header through: no browser page sent it", () => {
    expect(isCrossSiteRequest(req("POST", {}))).toBe(false);
  });
});
