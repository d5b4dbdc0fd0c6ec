// Recomputes a project's Merkle tree from its events and checks it against what is stored: every
// stored subtree hash, every head's root at its size and every head's signature under its key.
// Used after a restore and by tests; a tampered event, node or head is named in the answer.
import { createPublicKey, verify } from "node:crypto";
import { db } from "../db/client";
import { headStatement } from "./head-statement";
import { leafInput } from "./leaf-input";
import { EMPTY_ROOT, leafHash, nodeHash } from "./merkle-hash";
import { readNodes } from "./read-nodes";
import { type NodeKey, nodeKey } from "./tree-ranges";

export interface LogReport {
  ok: boolean;
  treeSize: number;
  heads: number;
  problem?: string;
}

const BATCH = 5000;

export async function verifyLog(projectId: string): Promise<LogReport> {
  const heads = await db().logHead.findMany({ where: { projectId }, orderBy: { treeSize: "asc" } });
  const keys = new Map((await db().logKey.findMany()).map((k) => [k.keyId, createPublicKey(k.publicKeyPem)]));
  const [stored] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "LogNode" WHERE "projectId" = ${projectId} AND "level" = 0`;
  const treeSize = stored?.n ?? 0;
  const fail = (problem: string): LogReport => ({ ok: false, treeSize, heads: heads.length, problem });

  for (const h of heads) {
    const key = keys.get(h.keyId);
    const statement = headStatement({ projectId, treeSize: h.treeSize, rootHash: h.rootHash, timestamp: h.timestamp.toISOString() });
    if (!key || !verify(null, statement, key, Buffer.from(h.signature, "base64"))) return fail(`the head of size ${h.treeSize} has no valid signature`);
  }
  if ((heads.at(-1)?.treeSize ?? 0) !== treeSize) return fail(`the latest head has size ${heads.at(-1)?.treeSize ?? 0} but the tree holds ${treeSize} leaves`);

  // A compact range of the leaves so far: complete subtrees, biggest first (as the sequencer keeps).
  const stack: { level: number; index: number; hash: Buffer }[] = [];
  const root = () => (stack.length === 0 ? EMPTY_ROOT : stack.slice(0, -1).reduceRight((acc, n) => nodeHash(n.hash, acc), stack.at(-1)!.hash));
  let count = 0;
  let nextHead = 0;
  const checkHeads = () => {
    while (nextHead < heads.length && heads[nextHead]!.treeSize === count) {
      if (root().toString("hex") !== heads[nextHead]!.rootHash) return `the head of size ${count} does not match the events`;
      nextHead += 1;
    }
    return null;
  };
  const early = checkHeads();
  if (early) return fail(early);
  while (count < treeSize) {
    const events = await db().event.findMany({ where: { projectId, seq: { gt: count, lte: treeSize } }, orderBy: { seq: "asc" }, take: BATCH });
    if (events.length === 0) return fail(`events after seq ${count} are missing`);
    const made: { level: number; index: number; hash: Buffer; seq: number }[] = [];
    const pending: string[] = [];
    for (const e of events) {
      if (e.seq !== count + 1) return fail(`event seq ${count + 1} is missing`);
      let node = { level: 0, index: count, hash: leafHash(leafInput({ ...e, createdAt: e.createdAt.toISOString() })) };
      made.push({ ...node, seq: e.seq });
      while (stack.length > 0 && stack.at(-1)!.level === node.level) {
        const left = stack.pop()!;
        node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
        made.push({ ...node, seq: e.seq });
      }
      stack.push(node);
      count += 1;
      const bad = checkHeads();
      if (bad) pending.push(bad);
    }
    const storedNodes = await readNodes(projectId, made.map(({ level, index }): NodeKey => ({ level, index })));
    for (const n of made) {
      const s = storedNodes.get(nodeKey(n));
      if (!s || !s.equals(n.hash)) return fail(n.level === 0 ? `event seq ${n.seq} does not match its leaf in the tree` : `stored node ${nodeKey(n)} does not match the events`);
    }
    if (pending[0]) return fail(pending[0]);
  }
  return { ok: true, treeSize, heads: heads.length };
}
