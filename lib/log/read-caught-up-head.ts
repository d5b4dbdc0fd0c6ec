// The project's latest signed head and its stored RFC 3161 timestamp, in one statement and without
// the sequencer's lock, when that head already covers every committed event the reader can see
// (the sequencer runs right after each commit, so this is the usual case). Null when the tree lags
// the chain or has no head yet: then readHead sequences first, as before.
import { db } from "../db/client";
import { headView, type SignedHead } from "./read-head";
import { type HeadTimestamp, statementSha256 } from "./timestamp-head";

interface Row {
  treeSize: number;
  rootHash: string;
  timestamp: Date;
  keyId: string;
  signature: string;
  tsa: string | null;
  genTime: Date | null;
  token: string | null;
}

export async function readCaughtUpHead(projectId: string): Promise<{ head: SignedHead; stamp: HeadTimestamp | null } | null> {
  const [row] = await db().$queryRaw<Row[]>`
    SELECT h."treeSize", h."rootHash", h."timestamp", h."keyId", h."signature", t."tsa", t."genTime", t."token"
    FROM "LogHead" h
    LEFT JOIN "LogHeadTimestamp" t ON t."projectId" = h."projectId" AND t."treeSize" = h."treeSize"
    WHERE h."projectId" = ${projectId}
      AND h."treeSize" >= coalesce((SELECT max(e."seq") FROM "Event" e WHERE e."projectId" = ${projectId}), 0)
    ORDER BY h."treeSize" DESC
    LIMIT 1`;
  if (!row) return null;
  const head = headView(row);
  const stamp = row.tsa && row.genTime && row.token ? { tsa: row.tsa, genTime: row.genTime.toISOString(), token: row.token, sha256: statementSha256(projectId, head) } : null;
  return { head, stamp };
}
