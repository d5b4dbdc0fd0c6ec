// Which subtrees RFC 9162's proofs name (section 2.1.3.1 PATH, 2.1.4.1 SUBPROOF), as leaf ranges
// [start, end), and how each range's hash is made of complete subtrees, which the log stores. Pure:
// a proof is first planned as ranges, the few stored nodes it needs are read in one query, then hashed.
import { nodeHash } from "./merkle-hash";

export type Range = readonly [start: number, end: number];

/** A complete, aligned subtree: level l, index i covers [i * 2^l, (i + 1) * 2^l). */
export interface NodeKey {
  level: number;
  index: number;
}

/** The largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** PATH(m, D[start:end]), leaf-to-root order: the sibling subtrees from the leaf up. */
export function inclusionRanges(m: number, start: number, end: number): Range[] {
  const n = end - start;
  if (n <= 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...inclusionRanges(m, start, start + k), [start + k, end]]
    : [...inclusionRanges(m - k, start + k, end), [start, start + k]];
}

/** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
export function consistencyRanges(m: number, n: number): Range[] {
  if (m <= 0 || m >= n) return [];
  return subproof(m, 0, n, true);
}

function subproof(m: number, start: number, end: number, whole: boolean): Range[] {
  const n = end - start;
  if (m === n) return whole ? [] : [[start, end]];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(m, start, start + k, whole), [start + k, end]]
    : [...subproof(m - k, start + k, end, false), [start, start + k]];
}

/** The stored subtrees whose hashes make up MTH(D[start:end]), left to right. */
export function rangeNodes([start, end]: Range): NodeKey[] {
  const n = end - start;
  if (n <= 0) throw new Error(`empty range [${start}, ${end})`);
  if ((n & (n - 1)) === 0 && start % n === 0) return [{ level: Math.log2(n), index: start / n }];
  const k = splitPoint(n);
  if (start % k !== 0) throw new Error(`range [${start}, ${end}) is not one of the tree's subtrees`);
  return [{ level: Math.log2(k), index: start / k }, ...rangeNodes([start + k, end])];
}

export const nodeKey = (k: NodeKey) => `${k.level}:${k.index}`;

/** MTH(D[start:end]) from the stored nodes (right-folded, as the tree is built). */
export function rangeHash(range: Range, node: (key: NodeKey) => Buffer): Buffer {
  const parts = rangeNodes(range).map(node);
  let hash = parts.pop()!;
  while (parts.length > 0) hash = nodeHash(parts.pop()!, hash);
  return hash;
}
