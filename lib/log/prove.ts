// Inclusion and consistency proofs (RFC 9162, 2.1.3 and 2.1.4) from the stored subtrees: the proof
// is planned as leaf ranges, the O(log n) nodes it needs are read in one query, then hashed.
import { AppError } from "../errors";
import { nodeGetter, readNodes } from "./read-nodes";
import { currentTreeSize, sequenceProject } from "./sequence-project";
import { consistencyRanges, inclusionRanges, rangeHash, rangeNodes } from "./tree-ranges";

async function checkSize(projectId: string, treeSize: number, name: string) {
  let size = await currentTreeSize(projectId);
  if (treeSize > size) size = (await sequenceProject(projectId, { wait: true })).treeSize ?? size;
  if (treeSize > size) {
    throw new AppError("invalid_input", `${name} ${treeSize} is beyond the log's current size ${size}.`, { issues: [{ path: [name], message: `at most ${size}` }] });
  }
}

export async function proveInclusion(projectId: string, seq: number, treeSize: number) {
  if (seq > treeSize) throw new AppError("invalid_input", `seq ${seq} is not in a tree of ${treeSize} leaves.`, { issues: [{ path: ["seq"], message: `at most treeSize (${treeSize})` }] });
  await checkSize(projectId, treeSize, "treeSize");
  const leafIndex = seq - 1;
  const ranges = inclusionRanges(leafIndex, 0, treeSize);
  const leaf = { level: 0, index: leafIndex };
  const node = nodeGetter(projectId, await readNodes(projectId, [leaf, ...ranges.flatMap(rangeNodes)]));
  return { leafIndex, treeSize, leafHash: node(leaf).toString("hex"), auditPath: ranges.map((r) => rangeHash(r, node).toString("hex")) };
}

export async function proveConsistency(projectId: string, from: number, to: number) {
  if (from > to) throw new AppError("invalid_input", `from (${from}) is after to (${to}).`, { issues: [{ path: ["from"], message: `at most to (${to})` }] });
  await checkSize(projectId, to, "to");
  const ranges = consistencyRanges(from, to);
  const node = nodeGetter(projectId, await readNodes(projectId, ranges.flatMap(rangeNodes)));
  return { from, to, proof: ranges.map((r) => rangeHash(r, node).toString("hex")) };
}
