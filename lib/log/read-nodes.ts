// Reads a set of stored subtree hashes of one project's tree in one query.
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { type NodeKey, nodeKey } from "./tree-ranges";

export async function readNodes(projectId: string, keys: readonly NodeKey[], tx?: Tx): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  if (keys.length === 0) return found;
  const levels = keys.map((k) => k.level);
  const indexes = keys.map((k) => k.index);
  // LATERAL: one primary-key lookup per wanted node, never a scan of the project's whole tree.
  const rows = await (tx ?? db()).$queryRaw<{ level: number; index: number; hash: Uint8Array }[]>`
    SELECT k."level", k."index", n."hash"
    FROM unnest(${levels}::smallint[], ${indexes}::int[]) AS k("level", "index")
    JOIN LATERAL (SELECT "hash" FROM "LogNode" WHERE "projectId" = ${projectId} AND "level" = k."level" AND "index" = k."index") n ON true`;
  for (const r of rows) found.set(nodeKey(r), Buffer.from(r.hash));
  return found;
}

/** A reader over a fetched set that fails loudly on a node the log should hold but does not. */
export function nodeGetter(projectId: string, nodes: Map<string, Buffer>) {
  return (key: NodeKey): Buffer => {
    const hash = nodes.get(nodeKey(key));
    if (!hash) throw new Error(`the log of ${projectId} lacks node ${nodeKey(key)}`);
    return hash;
  };
}
