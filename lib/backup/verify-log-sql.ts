// Checks a restored project's Merkle log on the restore's own connection, before it commits: every
// archived subtree hash is recomputed from the restored events, every head's root matches the tree
// at its size and every head's signature holds under its archived public key. Returns the problem,
// or null when the log verifies (or the archive predates the log: the sequencer then builds it).
import { createPublicKey, verify } from "node:crypto";
import type { Sql } from "postgres";
import { headStatement } from "../log/head-statement";
import { type LeafEvent, leafInput } from "../log/leaf-input";
import { EMPTY_ROOT, leafHash, nodeHash } from "../log/merkle-hash";
import { isoText } from "../exports/sql-text";

export async function verifyLogOn(sql: Sql, projectId: string): Promise<string | null> {
  const heads = await sql<{ treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string }[]>`
    SELECT "treeSize", "rootHash", ${sql.unsafe(isoText('"timestamp"'))} AS "timestamp", "keyId", "signature"
    FROM "LogHead" WHERE "projectId" = ${projectId} ORDER BY "treeSize"`;
  if (heads.length === 0) return null;
  const keys = new Map(
    (await sql<{ keyId: string; publicKeyPem: string }[]>`SELECT "keyId", "publicKeyPem" FROM "LogKey" WHERE "keyId" IN ${sql(heads.map((h) => h.keyId))}`).map((k) => [k.keyId, createPublicKey(k.publicKeyPem)]),
  );
  for (const h of heads) {
    const key = keys.get(h.keyId);
    if (!key || !verify(null, headStatement({ projectId, ...h }), key, Buffer.from(h.signature, "base64"))) return `the log head of size ${h.treeSize} has no valid signature`;
  }
  const stored = new Map<string, Buffer>();
  for await (const rows of sql<{ level: number; index: number; hash: Buffer }[]>`SELECT "level", "index", "hash" FROM "LogNode" WHERE "projectId" = ${projectId}`.cursor(5000)) {
    for (const r of rows) stored.set(`${r.level}:${r.index}`, r.hash);
  }
  const size = heads.at(-1)!.treeSize;
  const stack: { level: number; index: number; hash: Buffer }[] = [];
  const root = () => (stack.length === 0 ? EMPTY_ROOT : stack.slice(0, -1).reduceRight((acc, n) => nodeHash(n.hash, acc), stack.at(-1)!.hash));
  let count = 0;
  let made = 0;
  let nextHead = 0;
  const check = (level: number, index: number, hash: Buffer) => {
    made += 1;
    return stored.get(`${level}:${index}`)?.equals(hash) === true;
  };
  const headsMatch = () => {
    while (nextHead < heads.length && heads[nextHead]!.treeSize === count) {
      if (root().toString("hex") !== heads[nextHead]!.rootHash) return false;
      nextHead += 1;
    }
    return true;
  };
  if (!headsMatch()) return "the log's empty head does not match";
  const events = sql<LeafEvent[]>`
    SELECT "projectId", "seq", "actorId", "type", "subjectType", "subjectId", "data", ${sql.unsafe(isoText('"createdAt"'))} AS "createdAt"
    FROM "Event" WHERE "projectId" = ${projectId} AND "seq" <= ${size} ORDER BY "seq"`;
  for await (const rows of events.cursor(2000)) {
    for (const e of rows) {
      if (e.seq !== count + 1) return `event ${count + 1} is missing from the log`;
      let node = { level: 0, index: count, hash: leafHash(leafInput(e)) };
      if (!check(node.level, node.index, node.hash)) return `event ${e.seq} does not match its leaf in the archived log`;
      while (stack.length > 0 && stack.at(-1)!.level === node.level) {
        const left = stack.pop()!;
        node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
        if (!check(node.level, node.index, node.hash)) return `the archived log's node ${node.level}:${node.index} does not match the events`;
      }
      stack.push(node);
      count += 1;
      if (!headsMatch()) return `the log head of size ${count} does not match the events`;
    }
  }
  if (count !== size) return `the log's head covers ${size} events but the archive holds ${count}`;
  if (made !== stored.size) return `the archived log holds ${stored.size - made} node(s) the events do not make`;
  return null;
}
