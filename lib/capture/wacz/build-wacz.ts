// A WACZ 1.1.1 package (specs.webrecorder.net/wacz/1.1.1): archive/data.warc.gz, a CDXJ index made by
// warcio's indexer, pages/pages.jsonl, and datapackage.json listing each file's path, bytes and
// "sha256:<hex>" hash, with datapackage-digest.json sealing datapackage.json itself. Entries are
// stored uncompressed (replay reads them by range) and dated at capture time. build-wacz.test.ts reads
// the package back against the spec, down to each index line's offset into the WARC.
import { createHash } from "node:crypto";
import { CDXIndexer } from "warcio";
import yazl from "yazl";
import type { HttpExchange } from "../fetch/http-exchange";
import { writeWarc } from "./write-warc";

export const WACZ_MEDIA_TYPE = "application/wacz";

export type WaczInput = {
  software: string;
  capturedAt: string;
  title: string;
  pageUrl: string;
  pageTs: string;
  exchanges: HttpExchange[];
  /** Written into the WARC as a metadata record: the custody statement travels with the bytes. */
  custody: unknown;
  /** Article text for the page's full-text entry in pages.jsonl. */
  text?: string;
};

export async function buildWacz(input: WaczInput): Promise<{ bytes: Uint8Array; sha256: string; datapackage: Datapackage }> {
  const warc = await writeWarc({
    filename: "data.warc.gz",
    software: input.software,
    exchanges: input.exchanges,
    metadata: { url: `urn:custody:${input.pageUrl}`, date: input.capturedAt, json: input.custody },
  });
  const cdxj = await indexWarc(warc.bytes, "data.warc.gz");
  const pages = [
    JSON.stringify({ format: "json-pages-1.0", id: "pages", title: "All Pages" }),
    JSON.stringify({ id: sha256(input.pageUrl + input.pageTs).slice(0, 32), url: input.pageUrl, ts: input.pageTs, title: input.title, text: input.text }),
  ].join("\n") + "\n";

  const files: [string, Uint8Array][] = [
    ["archive/data.warc.gz", warc.bytes],
    ["indexes/index.cdx", utf8(cdxj)],
    ["pages/pages.jsonl", utf8(pages)],
  ];
  const datapackage: Datapackage = {
    profile: "data-package",
    wacz_version: "1.1.1",
    title: input.title,
    created: input.capturedAt,
    modified: input.capturedAt,
    software: input.software,
    mainPageUrl: input.pageUrl,
    mainPageDate: input.pageTs,
    resources: files.map(([path, bytes]) => ({ name: path.split("/").pop() as string, path, hash: `sha256:${sha256(bytes)}`, bytes: bytes.byteLength })),
  };
  const datapackageBytes = utf8(JSON.stringify(datapackage, null, 2));
  const digest = utf8(JSON.stringify({ path: "datapackage.json", hash: `sha256:${sha256(datapackageBytes)}` }, null, 2));
  const zip = await zipStored([...files, ["datapackage.json", datapackageBytes], ["datapackage-digest.json", digest]], new Date(input.capturedAt));
  return { bytes: zip, sha256: sha256(zip), datapackage };
}

export type Datapackage = {
  profile: "data-package";
  wacz_version: string;
  title: string;
  created: string;
  modified: string;
  software: string;
  mainPageUrl: string;
  mainPageDate: string;
  resources: { name: string; path: string; hash: string; bytes: number }[];
};

async function indexWarc(bytes: Uint8Array, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: "cdxj" });
  const lines: string[] = [];
  async function* reader() {
    yield bytes;
  }
  for await (const entry of indexer.iterIndex([{ filename, reader: reader() }])) {
    lines.push(indexer.serialize(entry as Record<string, unknown>));
  }
  // CDXJ is sorted by SURT key then timestamp (byte order), as binary search on it requires.
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join("");
}

function zipStored(files: [string, Uint8Array][], mtime: Date): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const [path, bytes] of files) zip.addBuffer(Buffer.from(bytes), path, { compress: false, mtime });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
