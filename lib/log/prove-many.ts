// Inclusion audit paths of many leaves against one tree size, for a release: the nodes every proof
// needs are read together (one query per few thousand), and ranges shared by proofs hashed once.
import { readNodes } from "./read-nodes";
import { inclusionRanges, type NodeKey, nodeKey, type Range, rangeHash, rangeNodes } from "./tree-ranges";

export async function auditPaths(projectId: string, leafIndexes: readonly number[], treeSize: number): Promise<Map<number, string[]>> {
  const plans = leafIndexes.map((i) => ({ leafIndex: i, ranges: inclusionRanges(i, 0, treeSize) }));
  const keys = new Map<string, NodeKey>();
  for (const p of plans) for (const r of p.ranges) for (const k of rangeNodes(r)) keys.set(nodeKey(k), k);
  const nodes = new Map<string, Buffer>();
  const all = [...keys.values()];
  for (let at = 0; at < all.length; at += 5000) for (const [k, v] of await readNodes(projectId, all.slice(at, at + 5000))) nodes.set(k, v);
  const get = (k: NodeKey) => {
    const hash = nodes.get(nodeKey(k));
    if (!hash) throw new Error(`the log of ${projectId} lacks node ${nodeKey(k)}`);
    return hash;
  };
  const hashed = new Map<string, string>();
  const hashOf = (r: Range) => {
    const id = `${r[0]}-${r[1]}`;
    let h = hashed.get(id);
    if (!h) hashed.set(id, (h = rangeHash(r, get).toString("hex")));
    return h;
  };
  return new Map(plans.map((p) => [p.leafIndex, p.ranges.map(hashOf)]));
}
