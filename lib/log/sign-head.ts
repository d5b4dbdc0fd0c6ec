// A tree head signed with the deployment's current key: the signature covers the RFC 8785 JSON of
// {projectId, treeSize, rootHash, timestamp} (lib/log/head-statement.ts), the time to the millisecond.
import { sign } from "node:crypto";
import { headStatement } from "./head-statement";
import { currentSigningKey } from "./signing-key";

export interface SignedHeadRow {
  projectId: string;
  treeSize: number;
  rootHash: string;
  timestamp: Date;
  keyId: string;
  signature: string;
}

export function signHead(projectId: string, treeSize: number, rootHash: string, at: Date): SignedHeadRow {
  const key = currentSigningKey();
  const timestamp = new Date(Math.floor(at.getTime()));
  const signature = sign(null, headStatement({ projectId, treeSize, rootHash, timestamp: timestamp.toISOString() }), key.privateKey).toString("base64");
  return { projectId, treeSize, rootHash, timestamp, keyId: key.keyId, signature };
}
