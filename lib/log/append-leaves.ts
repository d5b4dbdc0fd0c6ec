// Appending leaves to a stored tree, as pure hashing: from the complete subtrees of the tree as it
// is (its frontier), the events' leaves and every subtree they complete, and the new root. The
// sequencer reads the frontier and writes what this returns.
import { leafInput, type LeafEvent } from "./leaf-input";
import { leafHash, nodeHash } from "./merkle-hash";
import { type NodeKey, nodeKey, rangeHash } from "./tree-ranges";

export interface FreshNode {
  level: number;
  index: number;
  hash: Buffer;
}

/** The complete subtrees of a tree of `size` leaves, biggest first: all appending needs. */
export function frontier(size: number): NodeKey[] {
  const keys: NodeKey[] = [];
  for (let level = 31; level >= 0; level--) if (size & (2 ** level)) keys.push({ level, index: Math.floor(size / 2 ** level) - 1 });
  return keys;
}

/**
 * `nodes` holds at least the frontier of a tree of `size` leaves; `events` are the events with seq
 * size + 1, size + 2, ... in order. Answers the nodes to store and the new tree's size and root.
 */
export function appendLeaves(size: number, nodes: Map<string, Buffer>, events: readonly LeafEvent[]): { fresh: FreshNode[]; treeSize: number; rootHash: string } {
  const fresh: FreshNode[] = [];
  const put = (level: number, index: number, hash: Buffer) => {
    nodes.set(nodeKey({ level, index }), hash);
    fresh.push({ level, index, hash });
  };
  for (const e of events) {
    let index = e.seq - 1;
    let level = 0;
    let hash = leafHash(leafInput(e));
    put(level, index, hash);
    while (index % 2 === 1) {
      hash = nodeHash(nodes.get(nodeKey({ level, index: index - 1 }))!, hash);
      level += 1;
      index = (index - 1) / 2;
      put(level, index, hash);
    }
  }
  const treeSize = size + events.length;
  const rootHash = rangeHash([0, treeSize], (k) => nodes.get(nodeKey(k))!).toString("hex");
  return { fresh, treeSize, rootHash };
}
