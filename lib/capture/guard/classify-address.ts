// Which kind of address a capture is about to connect to. Only "public" may be reached without
// the deployment's allowlist. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64,
// 6to4) are judged by that IPv4 address, so "::ffff:127.0.0.1" is loopback like 127.0.0.1.
import { parseIp } from "./parse-ip";

export type AddressClass =
  | "public" | "unspecified" | "loopback" | "private" | "link-local" | "cgnat" | "multicast"
  | "broadcast" | "reserved" | "documentation" | "benchmarking" | "unique-local" | "site-local" | "invalid";

type Range = [prefix: number[], bits: number, kind: AddressClass];

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and its updates).
const V4: Range[] = [
  [[0], 8, "unspecified"],
  [[10], 8, "private"],
  [[100, 64], 10, "cgnat"],
  [[127], 8, "loopback"],
  [[169, 254], 16, "link-local"],
  [[172, 16], 12, "private"],
  [[192, 0, 0], 24, "reserved"],
  [[192, 0, 2], 24, "documentation"],
  [[192, 31, 196], 24, "reserved"],
  [[192, 52, 193], 24, "reserved"],
  [[192, 88, 99], 24, "reserved"],
  [[192, 168], 16, "private"],
  [[192, 175, 48], 24, "reserved"],
  [[198, 18], 15, "benchmarking"],
  [[198, 51, 100], 24, "documentation"],
  [[203, 0, 113], 24, "documentation"],
  [[224], 4, "multicast"],
  [[255, 255, 255, 255], 32, "broadcast"],
  [[240], 4, "reserved"],
];

// IANA IPv6 Special-Purpose Address Registry, plus multicast and the deprecated site-local range.
const V6: Range[] = [
  [[...Array(15).fill(0), 0], 128, "unspecified"],
  [[...Array(15).fill(0), 1], 128, "loopback"],
  [[0x01, 0x00, ...Array(6).fill(0)], 64, "reserved"], // discard-only
  [[0x20, 0x01, 0x00, 0x00], 32, "reserved"], // Teredo: hides an IPv4 address we cannot judge
  [[0x20, 0x01, 0x00, 0x02, 0, 0], 48, "benchmarking"],
  [[0x20, 0x01, 0x0d, 0xb8], 32, "documentation"],
  [[0x20, 0x01, 0x00, 0x10], 28, "reserved"], // ORCHID
  [[0x20, 0x01, 0x00, 0x20], 28, "reserved"], // ORCHIDv2
  [[0x3f, 0xff], 20, "documentation"],
  [[0x5f, 0x00], 8, "reserved"], // SRv6 SIDs
  [[0xfc], 7, "unique-local"],
  [[0xfe, 0x80], 10, "link-local"],
  [[0xfe, 0xc0], 10, "site-local"],
  [[0xff], 8, "multicast"],
];

export function classifyAddress(address: string): AddressClass {
  const ip = parseIp(address);
  if (!ip) return "invalid";
  if (ip.family === 4) return classifyBytes(ip.bytes, V4);
  const embedded = embeddedIpv4(ip.bytes);
  if (embedded) return classifyBytes(embedded, V4);
  // Only global unicast (2000::/3) is public; everything outside it is reserved unless listed above.
  const known = classifyBytes(ip.bytes, V6);
  if (known !== "public") return known;
  return ((ip.bytes[0] ?? 0) & 0xe0) === 0x20 ? "public" : "reserved";
}

function embeddedIpv4(b: number[]): number[] | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated; not :: or ::1)
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12);
  if (zeros(0, 12) && !zeros(12, 15)) return b.slice(12);
  // ::ffff:0:a.b.c.d (SIIT)
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return b.slice(12);
  // 64:ff9b::/96 NAT64 and 64:ff9b:1::/48 local-use NAT64
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) return b.slice(12);
  // 2002::/16 6to4: the IPv4 address sits in bytes 2..5
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6);
  return null;
}

function classifyBytes(bytes: number[], ranges: Range[]): AddressClass {
  for (const [prefix, bits, kind] of ranges) {
    if (matches(bytes, prefix, bits)) return kind;
  }
  return "public";
}

function matches(bytes: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const byteIndex = i / 8;
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[byteIndex] ?? 0) & mask) !== ((prefix[byteIndex] ?? 0) & mask)) return false;
  }
  return true;
}
