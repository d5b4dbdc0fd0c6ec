// A response body as the page's text: content-encoding undone (with a cap against compression bombs)
// and the charset taken from the Content-Type header, else from a <meta> in the first bytes, else UTF-8.
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { CaptureRefusal } from "../guard/capture-refusal";
import { headerValue, type HttpExchange } from "./http-exchange";

export function decodedBytes(exchange: HttpExchange, maxBytes: number): Uint8Array {
  const encoding = (headerValue(exchange.responseHeaders, "content-encoding") ?? "identity").trim().toLowerCase();
  const opts = { maxOutputLength: maxBytes };
  try {
    if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(exchange.body, opts);
    if (encoding === "deflate") return inflateSync(exchange.body, opts);
    if (encoding === "br") return brotliDecompressSync(exchange.body, opts);
  } catch (error) {
    const tooBig = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || /too large|exceeds/i.test(String(error));
    throw new CaptureRefusal(tooBig ? "response_too_large" : "fetch_failed", `${exchange.url}: the ${encoding} body could not be decoded${tooBig ? " within the size limit" : ""}`);
  }
  return exchange.body;
}

export function decodeHtml(exchange: HttpExchange, maxBytes: number): string {
  const bytes = decodedBytes(exchange, maxBytes);
  const fromHeader = /charset=["']?([\w.:-]+)/i.exec(headerValue(exchange.responseHeaders, "content-type") ?? "")?.[1];
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset=["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // unknown label: try the next source
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
