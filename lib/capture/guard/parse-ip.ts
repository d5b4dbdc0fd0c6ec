// IP addresses as bytes, so that every notation of one address is one value. IPv4 here is the
// canonical dotted quad that the WHATWG URL parser and DNS answers give (the URL parser already turns
// "2130706433", "0x7f.1" and "0177.0.0.1" into "127.0.0.1"); shorthand and octal forms that reach
// this module some other way are parsed with the same rules as inet_aton.
import { isIPv6 } from "node:net";

export type ParsedIp = { family: 4; bytes: number[] } | { family: 6; bytes: number[] };

export function parseIp(input: string): ParsedIp | null {
  const text = input.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const v4 = parseIpv4Loose(text);
  if (v4) return { family: 4, bytes: v4 };
  if (isIPv6(text)) return { family: 6, bytes: parseIpv6(text) };
  return null;
}

// inet_aton: one to four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the
// remaining bytes. "127.1" is 127.0.0.1, "0x7f000001" is 127.0.0.1.
export function parseIpv4Loose(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => p === "")) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]*$/.test(part)) value = parseInt(part, 8);
    else if (/^[1-9][0-9]*$/.test(part)) value = parseInt(part, 10);
    else return null;
    values.push(value);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255)) return null;
  const room = 4 - values.length;
  if (last >= 256 ** room) return null;
  const tail: number[] = [];
  for (let i = room - 1; i >= 0; i--) tail.push(Math.floor(last / 256 ** i) % 256);
  return [...values, ...tail];
}

function parseIpv6(text: string): number[] {
  // A trailing dotted quad ("::ffff:127.0.0.1") becomes its two hex groups first.
  const hex = text.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) =>
    `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
  const [left = "", right] = hex.split("::");
  const groups = (s: string) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const words = [...l, ...Array<number>(8 - l.length - r.length).fill(0), ...r];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

export function formatIpv4(bytes: number[]): string {
  return bytes.join(".");
}
