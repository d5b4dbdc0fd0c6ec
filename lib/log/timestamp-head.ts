// RFC 3161 timestamps of signed heads, when the deployment names a timestamp authority (TSA_URL):
// the authority stamps the SHA-256 of the head's signed statement (lib/log/head-statement.ts), so
// the time a head claims is attested by a third party. Asked when a head is read (a head route, a
// release), never on the write path: a slow or silent authority costs a head its token, not a write.
import { createHash } from "node:crypto";
import { requestTimestamp } from "../capture/timestamp/request-timestamp";
import { db } from "../db/client";
import { headStatement } from "./head-statement";

export interface HeadTimestamp {
  tsa: string;
  genTime: string;
  /** Base64 DER TimeStampToken over `sha256`. */
  token: string;
  /** Hex SHA-256 of the head's signed statement: what the token stamps. */
  sha256: string;
}

export const statementSha256 = (projectId: string, h: { treeSize: number; rootHash: string; timestamp: string }) =>
  createHash("sha256").update(headStatement({ projectId, ...h })).digest("hex");

export async function storedHeadTimestamp(projectId: string, h: { treeSize: number; rootHash: string; timestamp: string }): Promise<HeadTimestamp | null> {
  const row = await db().logHeadTimestamp.findUnique({ where: { projectId_treeSize: { projectId, treeSize: h.treeSize } } });
  return row ? { tsa: row.tsa, genTime: row.genTime.toISOString(), token: row.token, sha256: statementSha256(projectId, h) } : null;
}

const RETRY_AFTER_FAILURE_MS = 60_000;
const lastFailure = new Map<string, number>();

/** The head's timestamp, asking the authority once when there is none yet; null without TSA_URL or when it fails. */
export async function timestampHead(projectId: string, h: { treeSize: number; rootHash: string; timestamp: string }): Promise<HeadTimestamp | null> {
  const stored = await storedHeadTimestamp(projectId, h);
  const tsaUrl = process.env.TSA_URL;
  if (stored || !tsaUrl) return stored;
  // After a failure, heads go unstamped for a while rather than every page that shows a head waiting
  // for a silent authority; a later read stamps the head then in force.
  if (Date.now() - (lastFailure.get(tsaUrl) ?? -Infinity) < RETRY_AFTER_FAILURE_MS) return null;
  const sha256 = statementSha256(projectId, h);
  try {
    const stamp = await requestTimestamp({ tsaUrl, sha256, timeoutMs: 5_000 });
    await db().logHeadTimestamp.createMany({ data: [{ projectId, treeSize: h.treeSize, tsa: stamp.tsa, genTime: new Date(stamp.genTime), token: stamp.token }], skipDuplicates: true });
    return await storedHeadTimestamp(projectId, h);
  } catch (error) {
    lastFailure.set(tsaUrl, Date.now());
    console.error(`log: the timestamp authority did not stamp head ${h.treeSize} of ${projectId}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
