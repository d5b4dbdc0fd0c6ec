// An RFC 3161 TimeStampReq (section 2.4.1) over a SHA-256 digest, DER-encoded, asking the authority
// to include its certificate so the token can be checked later without fetching anything.
import { randomBytes } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

export const SHA256_OID = "2.16.840.1.101.3.4.2.1";

export type TimestampRequest = { der: Uint8Array; nonce: bigint };

export function buildTimestampRequest(sha256Hex: string, opts: { nonce?: bigint } = {}): TimestampRequest {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) throw new Error("sha256 must be 64 lowercase hex digits");
  // 63 random bits: a positive INTEGER that never needs a sign byte trick.
  const nonce = opts.nonce ?? BigInt(`0x${randomBytes(8).toString("hex")}`) & 0x7fff_ffff_ffff_ffffn;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: Buffer.from(sha256Hex, "hex") }),
    }),
    nonce: asn1js.Integer.fromBigInt(nonce),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER(false)), nonce };
}
