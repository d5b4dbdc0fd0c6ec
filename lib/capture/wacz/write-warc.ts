// The WARC 1.1 file of a capture (gzip per record, as WACZ replay expects): a warcinfo record naming
// the software, each exchange as a response record and its request record (WARC-Concurrent-To), and a
// metadata record holding the custody statement. Payload and block digests are SHA-256 (warcio).
import { WARCRecord, WARCSerializer } from "warcio";
import type { HttpExchange } from "../fetch/http-exchange";

export type WarcWritten = { bytes: Uint8Array; records: number };

const SERIALIZE = { gzip: true, digest: { algo: "sha-256" as const, prefix: "sha256:", base32: false } };
const encoder = new TextEncoder();

export async function writeWarc(opts: {
  filename: string;
  software: string;
  exchanges: HttpExchange[];
  metadata: { url: string; date: string; json: unknown };
}): Promise<WarcWritten> {
  const parts: Uint8Array[] = [];
  const add = async (record: WARCRecord) => parts.push(await WARCSerializer.serialize(record, SERIALIZE));

  await add(WARCRecord.createWARCInfo(
    { filename: opts.filename, warcVersion: "WARC/1.1", date: opts.metadata.date },
    { software: opts.software, format: "WARC File Format 1.1", conformsTo: "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/" },
  ));
  for (const exchange of opts.exchanges) {
    const response = WARCRecord.create(
      {
        url: exchange.url,
        date: exchange.startedAt,
        type: "response",
        warcVersion: "WARC/1.1",
        statusline: `HTTP/${exchange.httpVersion} ${exchange.status} ${exchange.statusText}`.trimEnd(),
        httpHeaders: archivedHeaders(exchange.responseHeaders),
        warcHeaders: { "WARC-IP-Address": exchange.remoteAddress },
      },
      [exchange.body],
    );
    await add(response);
    const target = new URL(exchange.url);
    const request = WARCRecord.create(
      {
        url: exchange.url,
        date: exchange.startedAt,
        type: "request",
        warcVersion: "WARC/1.1",
        statusline: `GET ${target.pathname}${target.search} HTTP/1.1`,
        httpHeaders: exchange.requestHeaders,
        warcHeaders: { "WARC-Concurrent-To": response.warcHeaders.headers.get("WARC-Record-ID") ?? "" },
      },
      [],
    );
    await add(request);
  }
  await add(WARCRecord.create(
    {
      url: opts.metadata.url,
      date: opts.metadata.date,
      type: "metadata",
      warcVersion: "WARC/1.1",
      warcHeaders: { "Content-Type": "application/json" },
    },
    [encoder.encode(JSON.stringify(opts.metadata.json, null, 2))],
  ));
  const length = parts.reduce((n, p) => n + p.byteLength, 0);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return { bytes, records: parts.length };
}

// Node has already undone chunked transfer coding, so the stored body is not chunked: keep the
// server's header under another name instead of one that would make replay de-chunk it again.
function archivedHeaders(headers: [string, string][]): [string, string][] {
  return headers.map(([k, v]) => (k.toLowerCase() === "transfer-encoding" ? [`X-Archive-Orig-${k}`, v] : [k, v]));
}
