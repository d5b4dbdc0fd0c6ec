// The project's latest signed tree head, after sequencing whatever committed events the tree
// still lacks (so a head read never lags the log, even after a crash). An empty log gets a signed
// head of size 0 too. With TSA_URL set, the head carries an RFC 3161 timestamp of its statement.
import { db } from "../db/client";
import { EMPTY_ROOT } from "./merkle-hash";
import { readCaughtUpHead } from "./read-caught-up-head";
import { insertHead, sequenceProject } from "./sequence-project";
import { type HeadTimestamp, timestampHead } from "./timestamp-head";

export interface SignedHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  keyId: string;
  signature: string;
  /** An RFC 3161 token over the SHA-256 of the signed statement, when the deployment has a TSA. */
  tsaTimestamp?: HeadTimestamp;
}

export const headView = (h: { treeSize: number; rootHash: string; timestamp: Date; keyId: string; signature: string }): SignedHead => ({
  treeSize: h.treeSize,
  rootHash: h.rootHash,
  timestamp: h.timestamp.toISOString(),
  keyId: h.keyId,
  signature: h.signature,
});

export async function latestHead(projectId: string): Promise<SignedHead | null> {
  const row = await db().logHead.findFirst({ where: { projectId }, orderBy: { treeSize: "desc" } });
  return row ? headView(row) : null;
}

export async function readHead(projectId: string): Promise<SignedHead> {
  const caughtUp = await readCaughtUpHead(projectId);
  // A head without a stored timestamp, where an authority is configured, goes the long way to get one.
  if (caughtUp && (caughtUp.stamp || !process.env.TSA_URL)) return caughtUp.stamp ? { ...caughtUp.head, tsaTimestamp: caughtUp.stamp } : caughtUp.head;
  const head = await readSignedHead(projectId);
  const stamp = await timestampHead(projectId, head);
  return stamp ? { ...head, tsaTimestamp: stamp } : head;
}

async function readSignedHead(projectId: string): Promise<SignedHead> {
  await sequenceProject(projectId, { wait: true });
  const head = await latestHead(projectId);
  if (head) return head;
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`log:${projectId}`}, 0))`;
    if ((await tx.logHead.count({ where: { projectId } })) === 0) await insertHead(tx, projectId, 0, EMPTY_ROOT.toString("hex"), new Date());
  });
  return (await latestHead(projectId))!;
}
