// One guarded GET: the host's addresses checked before connecting (guarded lookup) and again on the
// connected socket, the body capped in bytes and the whole exchange in time. Redirects are not
// followed here: the caller re-checks each Location (follow-redirects.ts).
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import type { TLSSocket } from "node:tls";
import { checkAddress, checkCaptureUrl, portOf } from "../guard/check-capture-url";
import type { CaptureAllowlist } from "../guard/capture-allowlist";
import { CaptureRefusal } from "../guard/capture-refusal";
import { guardedLookup, type Resolver } from "../guard/guarded-lookup";
import type { HttpExchange, TlsPeer } from "./http-exchange";

export type FetchLimits = { maxBytes: number; timeoutMs: number };

export type FetchOptions = {
  allowlist: CaptureAllowlist;
  limits: FetchLimits;
  userAgent: string;
  resolver?: Resolver;
  /** Extra trusted CA certificates (PEM), for deployments with their own authority. */
  ca?: string[];
  accept?: string;
};

export async function fetchExchange(input: string, opts: FetchOptions): Promise<HttpExchange> {
  const url = checkCaptureUrl(input, opts.allowlist);
  const port = portOf(url);
  const requestHeaders: [string, string][] = [
    ["Host", url.host],
    ["User-Agent", opts.userAgent],
    ["Accept", opts.accept ?? "text/html,application/xhtml+xml,*/*;q=0.8"],
    ["Accept-Encoding", "identity"],
    ["Connection", "close"],
  ];
  const startedAt = new Date().toISOString();
  const transport = url.protocol === "https:" ? https : http;

  return new Promise<HttpExchange>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error instanceof CaptureRefusal ? error : new CaptureRefusal("fetch_failed", `${url.href}: ${error.message}`));
    };
    const request = transport.request(url, {
      method: "GET",
      headers: Object.fromEntries(requestHeaders.filter(([k]) => k !== "Host")),
      lookup: guardedLookup(port, opts.allowlist, opts.resolver),
      agent: false,
      ca: opts.ca,
      // Never through a proxy from the environment: the checked address must be the one reached.
    });
    const timer = setTimeout(
      () => fail(new CaptureRefusal("timeout", `${url.href} took longer than ${opts.limits.timeoutMs} ms`)),
      opts.limits.timeoutMs,
    );
    request.on("socket", (socket: Socket) => {
      const recheck = () => {
        try {
          checkAddress(socket.remoteAddress ?? "", url.hostname, port, opts.allowlist);
        } catch (error) {
          fail(error as Error);
        }
      };
      socket.once("connect", recheck);
    });
    request.on("error", fail);
    request.on("response", (response) => {
      const socket = response.socket as Socket;
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (declared > opts.limits.maxBytes) {
        fail(new CaptureRefusal("response_too_large", `${url.href} is ${declared} bytes, over the ${opts.limits.maxBytes}-byte limit`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.limits.maxBytes) {
          fail(new CaptureRefusal("response_too_large", `${url.href} is over the ${opts.limits.maxBytes}-byte limit`));
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", fail);
      response.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const raw = response.rawHeaders;
        const responseHeaders: [string, string][] = [];
        for (let i = 0; i + 1 < raw.length; i += 2) responseHeaders.push([raw[i] as string, raw[i + 1] as string]);
        resolve({
          url: url.href,
          method: "GET",
          requestHeaders,
          startedAt,
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          httpVersion: response.httpVersion,
          responseHeaders,
          body: new Uint8Array(Buffer.concat(chunks)),
          remoteAddress: socket.remoteAddress ?? "",
          remotePort: socket.remotePort ?? port,
          tls: url.protocol === "https:" ? describePeer(socket as TLSSocket) : null,
        });
      });
    });
    request.end();
  });
}

function describePeer(socket: TLSSocket): TlsPeer | null {
  const cert = socket.getPeerCertificate?.();
  if (!cert || !cert.fingerprint256) return null;
  const name = (n: object | undefined) =>
    Object.entries(n ?? {}).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : String(v)}`).join(", ");
  return {
    fingerprint256: cert.fingerprint256,
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    protocol: socket.getProtocol?.() ?? null,
  };
}
