// The artifact's sha256 timestamped by the deployment's authority, when it has one. An authority
// that does not answer delays nothing: the capture is stored with the timestamp pending, and the
// timestamp queue (retry-timestamps.ts) keeps asking.
import { requestTimestamp, type CaptureTimestamp } from "../timestamp/request-timestamp";

export type StampOutcome = { timestamp: CaptureTimestamp } | { pending: { reason: string } } | null;

export async function stampArtifact(sha256: string, tsaUrl: string | undefined, timeoutMs = 10_000): Promise<StampOutcome> {
  if (!tsaUrl) return null;
  try {
    const { tsa, genTime, token } = await requestTimestamp({ tsaUrl, sha256, timeoutMs });
    return { timestamp: { tsa, genTime, token } };
  } catch (error) {
    return { pending: { reason: (error as Error).message } };
  }
}
