// Custody over https: the certificate the capture was served with is recorded by its SHA-256
// fingerprint, and a certificate nobody vouches for is refused. The server is on 127.0.0.1 with a
// certificate made here by OpenSSL for the name the stub resolver answers.
import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCaptureAllowlist } from "../guard/capture-allowlist";
import type { Resolver } from "../guard/guarded-lookup";
import { fetchExchange, type FetchOptions } from "./fetch-exchange";

let server: Server;
let port = 0;
let certPem = "";
const dir = mkdtempSync(path.join(tmpdir(), "capture-tls-"));

beforeAll(async () => {
  const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=fixture.test", "-addext", "subjectAltName=DNS:fixture.test"], { stdio: "ignore" });
  certPem = readFileSync(cert, "utf8");
  server = createServer({ key: readFileSync(key), cert: certPem }, (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<p>served over tls</p>"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const stub: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
const options = (ca?: string[]): FetchOptions => ({
  allowlist: parseCaptureAllowlist(`fixture.test:${port}`),
  limits: { maxBytes: 10_000, timeoutMs: 5_000 },
  userAgent: "test",
  resolver: stub,
  ...(ca ? { ca } : {}),
});

describe("capturing over https", () => {
  it("records the server certificate's SHA-256 fingerprint, subject, validity and protocol", async () => {
    const exchange = await fetchExchange(`https://fixture.test:${port}/`, options([certPem]));
    expect(exchange.status).toBe(200);
    expect(Buffer.from(exchange.body).toString()).toBe("<p>served over tls</p>");
    const cert = new X509Certificate(certPem);
    expect(exchange.tls).toMatchObject({ fingerprint256: cert.fingerprint256, subject: "CN=fixture.test", protocol: expect.stringMatching(/^TLSv1\.[23]$/) });
    expect(exchange.tls?.validTo).toBe(new Date(cert.validTo).toISOString());
    expect(exchange.remoteAddress).toBe("127.0.0.1");
  });

  it("refuses a certificate no trusted authority signed", async () => {
    await expect(fetchExchange(`https://fixture.test:${port}/`, options())).rejects.toMatchObject({ code: "fetch_failed" });
  });
});
