// Asks an RFC 3161 timestamp authority (RFC 3161 section 3.4: HTTP POST of application/timestamp-query)
// to stamp a SHA-256, and keeps the answer only when it is granted, stamps that digest, echoes our
// nonce and verifies. A silent or failing authority is an error the caller retries later.
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { buildTimestampRequest } from "./build-timestamp-request";
import { toArrayBuffer, verifyTimestampToken, type TimestampVerification } from "./verify-timestamp-token";

export type CaptureTimestamp = {
  /** The authority's URL, as configured. */
  tsa: string;
  genTime: string;
  /** Base64 of the DER TimeStampToken (a CMS ContentInfo). */
  token: string;
};

export class TimestampError extends Error {
  constructor(
    readonly code: "tsa_unreachable" | "tsa_http_error" | "tsa_rejected" | "tsa_bad_token",
    message: string,
  ) {
    super(message);
    this.name = "TimestampError";
  }
}

const MAX_RESPONSE_BYTES = 256 * 1024;

export async function requestTimestamp(opts: {
  tsaUrl: string;
  sha256: string;
  timeoutMs?: number;
  trustedCertsPem?: string[];
}): Promise<CaptureTimestamp & { verification: TimestampVerification }> {
  const { der, nonce } = buildTimestampRequest(opts.sha256);
  let response: Response;
  try {
    response = await fetch(opts.tsaUrl, {
      method: "POST",
      headers: { "content-type": "application/timestamp-query", accept: "application/timestamp-reply" },
      body: toArrayBuffer(der),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      redirect: "error",
    });
  } catch (error) {
    throw new TimestampError("tsa_unreachable", `timestamp authority did not answer: ${(error as Error).message}`);
  }
  if (!response.ok) throw new TimestampError("tsa_http_error", `timestamp authority answered HTTP ${response.status}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > MAX_RESPONSE_BYTES) throw new TimestampError("tsa_bad_token", "timestamp reply is too large");

  let reply: pkijs.TimeStampResp;
  try {
    reply = pkijs.TimeStampResp.fromBER(toArrayBuffer(body));
  } catch {
    throw new TimestampError("tsa_bad_token", "timestamp reply is not an RFC 3161 TimeStampResp");
  }
  // PKIStatus 0 = granted, 1 = grantedWithMods; anything else is a refusal.
  if (reply.status.status > 1 || !reply.timeStampToken) {
    const text = reply.status.statusStrings?.map((s) => s.valueBlock.value).join("; ");
    throw new TimestampError("tsa_rejected", `timestamp authority refused (status ${reply.status.status}${text ? `: ${text}` : ""})`);
  }
  const token = new Uint8Array((reply.timeStampToken.toSchema() as asn1js.Sequence).toBER(false));
  const verification = await verifyTimestampToken(token, opts.sha256, { nonce, trustedCertsPem: opts.trustedCertsPem });
  if (!verification.ok || !verification.genTime) {
    throw new TimestampError("tsa_bad_token", `timestamp token does not verify: ${verification.problems.join("; ")}`);
  }
  return { tsa: opts.tsaUrl, genTime: verification.genTime, token: Buffer.from(token).toString("base64"), verification };
}
