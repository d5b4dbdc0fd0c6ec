// A page captured from the fixture site on 127.0.0.1 and its WACZ read back: the zip's files and
// their hashes, the WARC's records and bytes, the index, the custody statement, the article.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import { unzip } from "@/test/support/unzip";
import { captureUrl } from "./capture-url";
import { HostPacer } from "./fetch/host-pacer";
import { parseCaptureAllowlist } from "./guard/capture-allowlist";
import { startFixtureSite, type FixtureSite } from "@/test/support/capture/fixture-site";
import { startOpensslTsa, type OpensslTsa } from "@/test/support/capture/openssl-tsa";
import { requestTimestamp } from "./timestamp/request-timestamp";

let site: FixtureSite;
let tsa: OpensslTsa;
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const limits = { maxResources: 50, maxBytes: 5_000_000, timeoutMs: 5_000 };

beforeAll(async () => {
  site = await startFixtureSite();
  tsa = await startOpensslTsa();
});
afterAll(async () => {
  await site.close();
  await tsa.close();
});

const options = (extra: Partial<Parameters<typeof captureUrl>[1]> = {}) => ({
  allowlist: parseCaptureAllowlist(`127.0.0.1:${site.port}`),
  limits,
  pacer: new HostPacer(0),
  requestedBy: { userId: "user_1", name: "Ava Analyst" },
  ...extra,
});

describe("captureUrl", () => {
  it("captures a page through its redirect with what it needs, into a WACZ whose hashes and records check out", async () => {
    const page = site.pages[4]!;
    const requested = `${site.origin}/r/${page.slug}`;
    const result = await captureUrl(requested, options());

    expect(result.custody).toMatchObject({
      requestedUrl: requested,
      finalUrl: `${site.origin}/articles/${page.slug}`,
      httpStatus: 200,
      redirects: [{ url: requested, status: 301, location: `/articles/${page.slug}` }],
      response: { remoteAddress: "127.0.0.1", remotePort: site.port, tls: null, httpVersion: "1.1" },
      requestedBy: { userId: "user_1", name: "Ava Analyst" },
      software: { name: "Provenance workbench", warcio: "2.4.11" },
    });
    expect(result.custody.response.headers).toContainEqual(["x-served-by", "fixture"]);
    // Stylesheet, its @import, font and background, script, icon, logo, figure images.
    const fetched = site.log.map((l) => l.path);
    for (const p of ["/css/site.css", "/css/print.css", "/fonts/serif.woff2", "/img/bg.png", "/js/site.js", "/favicon.png", "/img/logo.png"]) {
      expect(fetched).toContain(p);
    }
    expect(result.custody.resources.skipped).toEqual([]);
    expect(result.article.metadata).toMatchObject({ title: page.title, publisher: "MEK-Iran.com", author: "Staff Writer", language: "en" });
    expect(result.article.text).not.toContain("Latest news");

    // The zip: every file datapackage.json lists has the hash it says, and datapackage.json is sealed.
    expect(result.sha256).toBe(sha(result.wacz));
    const files = await unzip(Buffer.from(result.wacz));
    expect([...files.keys()].sort()).toEqual(["archive/data.warc.gz", "datapackage-digest.json", "datapackage.json", "indexes/index.cdx", "pages/pages.jsonl"]);
    const dp = JSON.parse(files.get("datapackage.json")!.toString());
    expect(dp).toMatchObject({ profile: "data-package", wacz_version: "1.1.1", mainPageUrl: result.custody.finalUrl });
    expect(dp.resources).toHaveLength(3);
    for (const r of dp.resources as { path: string; hash: string; bytes: number }[]) {
      expect(r.hash).toBe(`sha256:${sha(files.get(r.path)!)}`);
      expect(r.bytes).toBe(files.get(r.path)!.length);
    }
    expect(JSON.parse(files.get("datapackage-digest.json")!.toString()).hash).toBe(`sha256:${sha(files.get("datapackage.json")!)}`);
    const pages = files.get("pages/pages.jsonl")!.toString().trim().split("\n").map((l) => JSON.parse(l));
    expect(pages[0]).toMatchObject({ format: "json-pages-1.0" });
    expect(pages[1]).toMatchObject({ url: result.custody.finalUrl, title: page.title });

    // The WARC: a warcinfo, a response + request per exchange (redirect included), the custody metadata.
    const records: { type: string; uri: string | undefined; ip: string | null; payload: Uint8Array; status?: number; concurrent?: string | null; digest?: string | null }[] = [];
    for await (const record of new WARCParser([files.get("archive/data.warc.gz")!])) {
      const payload = await record.readFully(false);
      records.push({
        type: record.warcType ?? "", uri: record.warcTargetURI ?? undefined, ip: record.warcHeader("WARC-IP-Address") ?? null, payload,
        status: Number(record.httpHeaders?.statusCode), concurrent: record.warcHeader("WARC-Concurrent-To") ?? null, digest: record.warcPayloadDigest ?? null,
      });
    }
    expect(records[0]!.type).toBe("warcinfo");
    const responses = records.filter((r) => r.type === "response");
    expect(records.filter((r) => r.type === "request")).toHaveLength(responses.length);
    expect(responses.map((r) => [r.uri, r.status]).slice(0, 2)).toEqual([[requested, 301], [result.custody.finalUrl, 200]]);
    const article = responses[1]!;
    expect(Buffer.from(article.payload).toString()).toBe(page.html);
    expect(article.digest).toBe(`sha256:${sha(article.payload)}`);
    expect(responses.every((r) => r.ip === "127.0.0.1")).toBe(true);
    expect(responses.map((r) => new URL(r.uri!).pathname)).toContain("/fonts/serif.woff2");
    const metadata = records.at(-1)!;
    expect(metadata.type).toBe("metadata");
    expect(JSON.parse(Buffer.from(metadata.payload).toString())).toMatchObject({ requestedUrl: requested, httpStatus: 200 });

    // The CDXJ index names the page, sorted by key.
    const cdx = files.get("indexes/index.cdx")!.toString().trim().split("\n");
    expect([...cdx].sort()).toEqual(cdx);
    const entry = cdx.find((l) => l.includes(`"url":"${result.custody.finalUrl}"`));
    expect(entry).toBeDefined();
    expect(JSON.parse(entry!.slice(entry!.indexOf("{")))).toMatchObject({ status: "200", mime: "text/html", filename: "data.warc.gz" });

    // The artifact's sha256 timestamped by an authority, verified by OpenSSL.
    const stamp = await requestTimestamp({ tsaUrl: tsa.url, sha256: result.sha256 });
    expect(await tsa.verifyWithOpenssl(Buffer.from(stamp.token, "base64"), result.sha256)).toMatch(/Verification: OK/);
  });

  it("keeps to its limits on resources and bytes, listing what it left out", async () => {
    const result = await captureUrl(`${site.origin}/articles/${site.pages[0]!.slug}`, options({ limits: { ...limits, maxResources: 2 } }));
    expect(result.custody.resources.fetched).toBe(2);
    expect(result.custody.resources.skipped.length).toBeGreaterThan(0);
    expect(result.custody.resources.skipped[0]!.reason).toMatch(/limit of 2 resources/);
    await expect(captureUrl(`${site.origin}/articles/${site.pages[0]!.slug}`, options({ limits: { ...limits, maxBytes: 2_000 } })))
      .rejects.toMatchObject({ code: "response_too_large" });
  });

  it("refuses what is not a web page, a page that is not there, and a host the deployment does not allow", async () => {
    await expect(captureUrl(`${site.origin}/files/report.pdf`, options())).rejects.toMatchObject({ code: "not_html" });
    await expect(captureUrl(`${site.origin}/articles/missing`, options())).rejects.toMatchObject({ code: "not_html" });
    await expect(captureUrl(`${site.origin}/articles/changing`, options({ allowlist: parseCaptureAllowlist("") }))).rejects.toMatchObject({ code: "address_not_allowed" });
  });

  it("lets every request of a capture through the per-host pacer", async () => {
    // A virtual clock: the pacer's waits are recorded, not slept, so the machine's load cannot blur them.
    let clock = 0;
    const started: number[] = [];
    class RecordingPacer extends HostPacer {
      override async wait(url: string) {
        await super.wait(url);
        started.push(clock);
      }
    }
    const from = site.log.length;
    const pacer = new RecordingPacer(60, async (ms) => void (clock += ms), () => clock);
    await captureUrl(`${site.origin}/articles/${site.pages[1]!.slug}`, options({ pacer }));
    await captureUrl(`${site.origin}/articles/changing`, options({ pacer }));
    expect(started.length).toBeGreaterThanOrEqual(6);
    expect(site.log.length - from).toBe(started.length);
    expect(started).toEqual(started.map((_, i) => i * 60));
  });
});

describe("HostPacer", () => {
  it("spaces requests to one host and lets other hosts through", async () => {
    let clock = 1_000;
    const slept: number[] = [];
    const pacer = new HostPacer(500, async (ms) => {
      slept.push(ms);
      clock += ms;
    }, () => clock);
    await pacer.wait("https://a.example/1");
    await pacer.wait("https://b.example/1");
    await pacer.wait("https://a.example/2");
    await pacer.wait("https://a.example/3");
    expect(slept).toEqual([500, 500]);
  });
});
