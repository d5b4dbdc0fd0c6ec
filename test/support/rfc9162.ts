// An implementation of RFC 9162's verification algorithms written from the RFC's text alone, for
// tests: it shares no code with the log that produces the proofs (lib/log), so a bug there cannot
// hide behind the same bug here. Section numbers refer to RFC 9162.
import { createHash } from "node:crypto";

const sha256 = (...parts: Uint8Array[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};
const ZERO = Uint8Array.of(0);
const ONE = Uint8Array.of(1);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => Buffer.from(h, "hex");

/** 2.1.1: MTH over a list of leaf inputs, straight from the recursive definition. */
export function mth(leaves: Uint8Array[]): string {
  const rec = (d: Uint8Array[]): Uint8Array => {
    if (d.length === 0) return sha256();
    if (d.length === 1) return sha256(ZERO, d[0]!);
    let k = 1;
    while (k << 1 < d.length) k <<= 1;
    return sha256(ONE, rec(d.slice(0, k)), rec(d.slice(k)));
  };
  return hex(rec(leaves));
}

export const leafHashOf = (input: Uint8Array) => hex(sha256(ZERO, input));

/** 2.1.3.2: verifying an inclusion proof. */
export function verifyInclusion(leafIndex: number, treeSize: number, leafHash: string, path: string[], root: string): boolean {
  if (leafIndex >= treeSize) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Uint8Array = bytes(leafHash);
  for (const p of path.map(bytes)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(ONE, p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    } else {
      r = sha256(ONE, r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hex(r) === root;
}

/** 2.1.4.2: verifying a consistency proof. */
export function verifyConsistency(first: number, second: number, firstHash: string, secondHash: string, proof: string[]): boolean {
  if (first > second) return false;
  if (first === second) return proof.length === 0 && firstHash === secondHash;
  if (first === 0) return proof.length === 0;
  const path = proof.map(bytes);
  if ((first & (first - 1)) === 0) path.unshift(bytes(firstHash));
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
  let fr: Uint8Array = path[0]!;
  let sr: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = sha256(ONE, c, fr);
      sr = sha256(ONE, c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    } else {
      sr = sha256(ONE, sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return hex(fr) === firstHash && hex(sr) === secondHash && sn === 0;
}
