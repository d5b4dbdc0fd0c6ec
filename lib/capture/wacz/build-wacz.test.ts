// A WACZ read back as ReplayWeb.page reads it, against WACZ 1.1.1 (specs.webrecorder.net/wacz/1.1.1):
// the zip's entries (stored, at the spec's paths), datapackage.json's resources (path, bytes and a
// "sha256:" hash of each file), datapackage-digest.json, pages/pages.jsonl, and the CDXJ index whose
// every line's offset and length cut exactly one gzip member out of the WARC: the record it names.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import yauzl from "yauzl";
import type { HttpExchange } from "../fetch/http-exchange";
import { buildWacz } from "./build-wacz";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const at = "2026-12-07T09:00:00.000Z";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

function exchange(url: string, status: number, type: string, body: Uint8Array | string, headers: [string, string][] = []): HttpExchange {
  return {
    url, method: "GET", requestHeaders: [["user-agent", "test"], ["accept", "*/*"]], startedAt: at, status, statusText: status === 200 ? "OK" : "Moved Permanently",
    httpVersion: "1.1", responseHeaders: [["content-type", type], ...headers], body: typeof body === "string" ? new TextEncoder().encode(body) : body,
    remoteAddress: "127.0.0.1", remotePort: 8080, tls: null,
  };
}

type ZipEntry = { name: string; method: number; data: Buffer };

function readZip(bytes: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: ZipEntry[] = [];
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.push({ name: entry.fileName, method: entry.compressionMethod, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        }),
      );
      zip.on("end", () => resolve(entries));
      zip.readEntry();
    });
  });
}

async function recordsOf(member: Uint8Array) {
  const records = [];
  for await (const record of new WARCParser([member])) {
    const payload = await record.readFully(false);
    records.push({ type: record.warcType, uri: record.warcTargetURI, status: record.httpHeaders?.statusCode, digest: record.warcPayloadDigest, payload });
  }
  return records;
}

describe("buildWacz against WACZ 1.1.1", () => {
  it("writes the spec's files, hashes every resource, and indexes every record at its exact offset", async () => {
    const page = "<!doctype html><html lang=fa><title>گزارش</title><p>Evin, 1988</p><img src=/i.png><link rel=stylesheet href=/s.css></html>";
    const exchanges = [
      exchange("http://news.example/r/1", 301, "text/html", "", [["location", "/a/1"]]),
      exchange("http://news.example/a/1", 200, "text/html; charset=utf-8", page),
      exchange("http://news.example/s.css", 200, "text/css", "p{color:#333}"),
      exchange("http://news.example/i.png", 200, "image/png", PNG),
    ];
    const built = await buildWacz({ software: "Workbench test 1.0", capturedAt: at, title: "گزارش", pageUrl: "http://news.example/a/1", pageTs: at, exchanges, custody: { who: "test" }, text: "Evin, 1988" });
    expect(built.sha256).toBe(sha(built.bytes));

    const entries = await readZip(Buffer.from(built.bytes));
    const files = new Map(entries.map((e) => [e.name, e.data]));
    expect(entries.map((e) => e.name).sort()).toEqual(["archive/data.warc.gz", "datapackage-digest.json", "datapackage.json", "indexes/index.cdx", "pages/pages.jsonl"]);
    // Already compressed files must not be compressed again; we store every entry, so replay reads by range.
    expect(entries.every((e) => e.method === 0)).toBe(true);

    // datapackage.json: the required properties, and every other file listed with path, bytes, hash.
    const dp = JSON.parse(files.get("datapackage.json")!.toString("utf8"));
    expect(dp).toMatchObject({ profile: "data-package", wacz_version: "1.1.1", title: "گزارش", software: "Workbench test 1.0", created: at, mainPageUrl: "http://news.example/a/1", mainPageDate: at });
    const listed = (dp.resources as { name: string; path: string; hash: string; bytes: number }[]).map((r) => r.path).sort();
    expect(listed).toEqual(entries.map((e) => e.name).filter((n) => !n.startsWith("datapackage")).sort());
    for (const r of dp.resources as { name: string; path: string; hash: string; bytes: number }[]) {
      expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.hash).toBe(`sha256:${sha(files.get(r.path)!)}`);
      expect(r.bytes).toBe(files.get(r.path)!.byteLength);
      expect(r.name).toBe(r.path.split("/").pop());
    }
    expect(built.datapackage.resources).toEqual(dp.resources);
    // datapackage-digest.json seals datapackage.json byte for byte.
    expect(JSON.parse(files.get("datapackage-digest.json")!.toString("utf8"))).toEqual({ path: "datapackage.json", hash: `sha256:${sha(files.get("datapackage.json")!)}` });

    // pages/pages.jsonl: the format line, then each page with url and an RFC 3339 ts.
    const pages = files.get("pages/pages.jsonl")!.toString("utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(pages[0]).toEqual({ format: "json-pages-1.0", id: "pages", title: "All Pages" });
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatchObject({ url: "http://news.example/a/1", ts: at, title: "گزارش", text: "Evin, 1988", id: expect.any(String) });
    expect(pages[1].ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);

    // The CDXJ index: "<SURT> <14-digit timestamp> <JSON>" per line, sorted for binary search, naming
    // the WARC in archive/; each offset/length cuts one gzip member holding the record it names.
    const warc = files.get("archive/data.warc.gz")!;
    const lines = files.get("indexes/index.cdx")!.toString("utf8").trimEnd().split("\n");
    expect([...lines].sort()).toEqual(lines);
    const indexed = new Map<string, { status?: string; mime?: string }>();
    for (const line of lines) {
      const match = /^(\S+) (\d{14}) (\{.*\})$/.exec(line);
      expect(match, line).not.toBeNull();
      const entry = JSON.parse(match![3]!) as { url: string; status?: string; mime?: string; digest: string; offset: string; length: string; filename: string };
      expect(entry.filename).toBe("data.warc.gz");
      expect(match![2]).toBe("20261207090000");
      const offset = Number(entry.offset);
      const length = Number(entry.length);
      expect(offset + length).toBeLessThanOrEqual(warc.byteLength);
      const member = warc.subarray(offset, offset + length);
      // A whole gzip member: it starts with the gzip magic and inflates on its own.
      expect([member[0], member[1]]).toEqual([0x1f, 0x8b]);
      expect(() => gunzipSync(member)).not.toThrow();
      const records = await recordsOf(member);
      expect(records).toHaveLength(1);
      const record = records[0]!;
      expect(record.uri).toBe(entry.url);
      expect(record.type).toBe(entry.url.startsWith("urn:") ? "metadata" : "response");
      if (entry.status) expect(String(record.status)).toBe(entry.status);
      expect(record.digest).toBe(`sha256:${entry.digest}`);
      expect(sha(record.payload)).toBe(entry.digest);
      indexed.set(entry.url, entry);
    }
    // Every response the capture made is in the index once, with its status and media type.
    for (const e of exchanges) expect(indexed.get(e.url)).toMatchObject({ status: String(e.status), mime: e.responseHeaders[0]![1].split(";")[0] });
    expect(lines.filter((l) => !l.startsWith("urn:"))).toHaveLength(exchanges.length);
    expect(indexed.get("http://news.example/a/1")).toBeDefined();
    // The SURT key is what replay looks a URL up by.
    expect(lines.find((l) => l.includes('"url":"http://news.example/a/1"'))!.startsWith("example,news)/a/1 ")).toBe(true);
    // The image's bytes come back exactly from its record.
    const image = lines.find((l) => l.includes("/i.png"))!;
    const { offset, length } = JSON.parse(image.slice(image.indexOf("{")));
    expect(Buffer.from((await recordsOf(warc.subarray(Number(offset), Number(offset) + Number(length))))[0]!.payload).equals(PNG)).toBe(true);
  });

});
