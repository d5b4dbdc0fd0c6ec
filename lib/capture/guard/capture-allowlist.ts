// CAPTURE_PRIVATE_ALLOWLIST: "host:port" entries (comma-separated) naming the non-public places a
// deployment lets captures reach, e.g. an intranet archive. A host is a name as written in URLs or an
// IP address (IPv6 in brackets); entries are matched on the URL's host and on the address it resolved to.
import { parseIp } from "./parse-ip";

export type CaptureAllowlist = ReadonlySet<string>;

export function parseCaptureAllowlist(value: string | undefined): CaptureAllowlist {
  const entries = (value ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return new Set(entries.map(normaliseEntry));
}

export function isAllowlisted(list: CaptureAllowlist, host: string, port: number): boolean {
  return list.has(normaliseEntry(`${host.toLowerCase()}:${port}`));
}

function normaliseEntry(entry: string): string {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
  if (!m?.[1] || !m[2]) return entry;
  const host = m[1].replace(/\.$/, "");
  const ip = parseIp(host);
  // One spelling per address, so "[::1]:80" and "[0:0::1]:80" are the same entry.
  const canonical = ip ? (ip.family === 4 ? ip.bytes.join(".") : `[${ip.bytes.join(",")}]`) : host;
  return `${canonical}:${Number(m[2])}`;
}
