// The guard on real requests: only 127.0.0.1 is ever connected to; other ranges come from a stub
// resolver and must be refused before any connection is made.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCaptureAllowlist } from "../guard/capture-allowlist";
import type { Resolver } from "../guard/guarded-lookup";
import { fetchExchange, type FetchOptions } from "./fetch-exchange";
import { followRedirects } from "./follow-redirects";

let server: Server;
let port = 0;
let connections = 0;
const limits = { maxBytes: 10_000, timeoutMs: 2_000 };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/page") res.writeHead(200, { "content-type": "text/html" }).end("<p>hello</p>");
    else if (req.url === "/to-private") res.writeHead(302, { location: "http://10.0.0.7/admin" }).end();
    else if (req.url === "/to-internal-name") res.writeHead(301, { location: "http://intranet.test/" }).end();
    else if (req.url === "/to-file") res.writeHead(302, { location: "file:///etc/passwd" }).end();
    else if (req.url === "/to-page") res.writeHead(307, { location: "/page" }).end();
    else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
    else if (req.url === "/big") res.writeHead(200).end(Buffer.alloc(50_000, 97));
    else if (req.url === "/slow") setTimeout(() => res.end("late"), 5_000);
    else res.writeHead(404).end();
  });
  server.on("connection", () => connections++);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

// A stub DNS: names of other ranges are answered without any traffic.
const stub: Resolver = async (host) => {
  const table: Record<string, string[]> = {
    "fixture.test": ["127.0.0.1"],
    "intranet.test": ["192.168.10.20"],
    "metadata.test": ["169.254.169.254"],
    "mixed.test": ["93.184.216.34", "10.0.0.1"],
    "mapped.test": ["::ffff:127.0.0.1"],
    "ula.test": ["fd00::5"],
  };
  const answers = table[host];
  if (!answers) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

const options = (allow: string): FetchOptions => ({
  allowlist: parseCaptureAllowlist(allow), limits, userAgent: "test", resolver: stub,
});

describe("guarded fetching", () => {
  it("refuses loopback unless the deployment lists host:port, and then records the address connected to", async () => {
    await expect(fetchExchange(`http://127.0.0.1:${port}/page`, options(""))).rejects.toMatchObject({ code: "address_not_allowed" });
    await expect(fetchExchange(`http://fixture.test:${port}/page`, options(""))).rejects.toMatchObject({ code: "address_not_allowed" });
    const before = connections;
    const ok = await fetchExchange(`http://fixture.test:${port}/page`, options(`fixture.test:${port}`));
    expect(connections).toBe(before + 1);
    expect(ok).toMatchObject({ status: 200, remoteAddress: "127.0.0.1", remotePort: port, tls: null });
    expect(Buffer.from(ok.body).toString()).toBe("<p>hello</p>");
    expect(ok.requestHeaders).toContainEqual(["Host", `fixture.test:${port}`]);
    // The allowlist names a port: the same host on another port stays closed.
    await expect(fetchExchange(`http://fixture.test:${port + 1}/page`, options(`fixture.test:${port}`))).rejects.toMatchObject({ code: "address_not_allowed" });
  });

  it("refuses names resolving to private, link-local, ULA or mapped loopback addresses, before connecting", async () => {
    const before = connections;
    for (const host of ["intranet.test", "metadata.test", "mixed.test", "mapped.test", "ula.test"]) {
      await expect(fetchExchange(`http://${host}:${port}/page`, options(""))).rejects.toMatchObject({ code: "address_not_allowed" });
    }
    await expect(fetchExchange(`http://nowhere.test/`, options(""))).rejects.toMatchObject({ code: "dns_failed" });
    expect(connections).toBe(before);
  });

  it("checks every redirect again: private targets, internal names and other schemes are refused", async () => {
    const allow = `127.0.0.1:${port}`;
    const hops = await followRedirects(`http://127.0.0.1:${port}/to-page`, options(allow));
    expect(hops.map((h) => [h.url, h.status])).toEqual([[`http://127.0.0.1:${port}/to-page`, 307], [`http://127.0.0.1:${port}/page`, 200]]);
    const before = connections;
    await expect(followRedirects(`http://127.0.0.1:${port}/to-private`, options(allow))).rejects.toMatchObject({ code: "address_not_allowed" });
    await expect(followRedirects(`http://127.0.0.1:${port}/to-internal-name`, options(allow))).rejects.toMatchObject({ code: "address_not_allowed" });
    await expect(followRedirects(`http://127.0.0.1:${port}/to-file`, options(allow))).rejects.toMatchObject({ code: "scheme_not_allowed" });
    await expect(followRedirects(`http://127.0.0.1:${port}/loop`, { ...options(allow), maxRedirects: 3 })).rejects.toMatchObject({ code: "too_many_redirects" });
    // Only the allowed hops reached the server: 3 first hops + 4 loop hops.
    expect(connections - before).toBe(3 + 4);
  });

  it("limits a response's size and time", async () => {
    const allow = options(`127.0.0.1:${port}`);
    await expect(fetchExchange(`http://127.0.0.1:${port}/big`, allow)).rejects.toMatchObject({ code: "response_too_large" });
    const started = Date.now();
    await expect(fetchExchange(`http://127.0.0.1:${port}/slow`, { ...allow, limits: { ...limits, timeoutMs: 300 } })).rejects.toMatchObject({ code: "timeout" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
