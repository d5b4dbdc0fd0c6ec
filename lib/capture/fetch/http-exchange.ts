// One HTTP request and its response as they went over the wire: what a WARC request/response pair
// records, and what custody needs (the address connected to, the TLS certificate).
export type TlsPeer = {
  /** SHA-256 fingerprint of the server's certificate, colon-separated hex as OpenSSL prints it. */
  fingerprint256: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  protocol: string | null;
};

export type HttpExchange = {
  url: string;
  method: "GET";
  requestHeaders: [string, string][];
  startedAt: string;
  status: number;
  statusText: string;
  httpVersion: string;
  /** Raw header pairs in the order the server sent them. */
  responseHeaders: [string, string][];
  /** The body exactly as transferred (still content-encoded when the server encoded it). */
  body: Uint8Array;
  remoteAddress: string;
  remotePort: number;
  tls: TlsPeer | null;
};

export function headerValue(headers: [string, string][], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}
