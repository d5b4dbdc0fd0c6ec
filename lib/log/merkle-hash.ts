// The hashes of RFC 9162, section 2.1.1: a leaf is SHA-256(0x00 || input), an inner node
// SHA-256(0x01 || left || right), so a leaf can never pass for a node. The empty tree's root is
// SHA-256 of nothing.
import { createHash } from "node:crypto";

export function leafHash(input: Uint8Array): Buffer {
  return createHash("sha256").update(Buffer.from([0])).update(input).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash("sha256").update(Buffer.from([1])).update(left).update(right).digest();
}

export const EMPTY_ROOT = createHash("sha256").digest();
