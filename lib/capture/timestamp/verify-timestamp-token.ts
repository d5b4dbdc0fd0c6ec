// Checks an RFC 3161 TimeStampToken against the SHA-256 it claims to stamp: the CMS signature by the
// certificate the token carries, the message imprint, and (when trusted certificates are given) the
// chain to one of them. Answers what a reader needs to judge it: time, authority, serial, problems.
import { constants, createHash, verify as verifySignature, X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { SHA256_OID } from "./build-timestamp-request";

const TST_INFO_OID = "1.2.840.113549.1.9.16.1.4";

export type TimestampVerification = {
  ok: boolean;
  genTime: string | null;
  serial: string | null;
  /** Subject of the certificate that signed the token, as "CN=..., O=...". */
  signer: string | null;
  /** SHA-256 of the signer certificate's DER, hex: compare it with the authority's published one. */
  signerFingerprint: string | null;
  chainTrusted: boolean | null;
  problems: string[];
};

export async function verifyTimestampToken(
  token: Uint8Array,
  sha256Hex: string,
  opts: { trustedCertsPem?: string[]; nonce?: bigint } = {},
): Promise<TimestampVerification> {
  const result: TimestampVerification = {
    ok: false, genTime: null, serial: null, signer: null, signerFingerprint: null, chainTrusted: null, problems: [],
  };
  let signed: pkijs.SignedData;
  let info: pkijs.TSTInfo;
  try {
    const content = pkijs.ContentInfo.fromBER(toArrayBuffer(token));
    if (content.contentType !== pkijs.ContentInfo.SIGNED_DATA) throw new Error("not CMS SignedData");
    signed = new pkijs.SignedData({ schema: content.content });
    if (signed.encapContentInfo.eContentType !== TST_INFO_OID) throw new Error("content is not a TSTInfo");
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent) throw new Error("TSTInfo is missing");
    info = pkijs.TSTInfo.fromBER(eContent.getValue());
  } catch (error) {
    result.problems.push(`unreadable token: ${(error as Error).message}`);
    return result;
  }
  result.genTime = info.genTime.toISOString();
  result.serial = Buffer.from(info.serialNumber.valueBlock.valueHexView).toString("hex");
  const imprint = info.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID) result.problems.push("message imprint is not SHA-256");
  const stamped = Buffer.from(imprint.hashedMessage.valueBlock.valueHexView).toString("hex");
  if (stamped !== sha256Hex) result.problems.push(`token stamps ${stamped}, not ${sha256Hex}`);
  if (opts.nonce !== undefined && info.nonce?.toBigInt() !== opts.nonce) result.problems.push("nonce differs from the request's");

  const signer = findSigner(signed);
  if (signer) {
    result.signer = describeName(signer.subject);
    result.signerFingerprint = createHash("sha256").update(new Uint8Array(signer.toSchema().toBER(false))).digest("hex");
  } else {
    result.problems.push("token carries no signer certificate");
  }
  if (signer) {
    const problem = checkSignature(signed, signer);
    if (problem) result.problems.push(problem);
  }
  if (opts.trustedCertsPem?.length && signer) {
    result.chainTrusted = await chainsTo(signer, signed, opts.trustedCertsPem, info.genTime);
    if (!result.chainTrusted) result.problems.push("signer certificate does not chain to a trusted authority");
  }
  result.ok = result.problems.length === 0;
  return result;
}

function findSigner(signed: pkijs.SignedData): pkijs.Certificate | null {
  const info = signed.signerInfos[0];
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  if (!info) return null;
  const sid = info.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  return certs[0] ?? null;
}

async function chainsTo(signer: pkijs.Certificate, signed: pkijs.SignedData, pems: string[], at: Date) {
  const trusted = pems.map(parsePem);
  const intermediates = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: trusted, certs: [...intermediates, signer], checkDate: at });
  const outcome = await engine.verify();
  return outcome.result;
}

export function parsePem(pem: string): pkijs.Certificate {
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  return pkijs.Certificate.fromBER(toArrayBuffer(Buffer.from(body, "base64")));
}

const NAME_TYPES: Record<string, string> = { "2.5.4.3": "CN", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST" };

function describeName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${NAME_TYPES[tv.type] ?? tv.type}=${(tv.value as asn1js.BaseStringBlock).valueBlock.value}`)
    .join(", ");
}

const HASHES: Record<string, string> = {
  "1.3.14.3.2.26": "sha1", "2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384", "2.16.840.1.101.3.4.2.3": "sha512",
};
const MESSAGE_DIGEST_OID = "1.2.840.113549.1.9.4";
const RSA_PSS_OID = "1.2.840.113549.1.1.10";

// CMS (RFC 5652 section 5.4): the signed attributes carry the digest of the content, and the
// signature covers the DER of those attributes as a SET. Checked with Node's crypto rather than
// pkijs's SignedData.verify, which for timestamp tokens insists on the stamped bytes themselves.
function checkSignature(signed: pkijs.SignedData, signer: pkijs.Certificate): string | null {
  const info = signed.signerInfos[0];
  const content = signed.encapContentInfo.eContent;
  if (!info || !content) return "token has no signer or no content";
  const hash = HASHES[info.digestAlgorithm.algorithmId];
  if (!hash) return `unsupported digest ${info.digestAlgorithm.algorithmId}`;
  const attrs = info.signedAttrs;
  if (!attrs) return "token has no signed attributes";
  const digestAttr = attrs.attributes.find((a) => a.type === MESSAGE_DIGEST_OID)?.values[0] as asn1js.OctetString | undefined;
  const contentDigest = createHash(hash).update(new Uint8Array(content.getValue())).digest("hex");
  if (!digestAttr || Buffer.from(digestAttr.valueBlock.valueHexView).toString("hex") !== contentDigest) {
    return "signature does not verify: the signed content digest differs";
  }
  const signedBytes = Buffer.from(attrs.encodedValue.byteLength ? attrs.encodedValue : attrs.toSchema().toBER(false));
  signedBytes[0] = 0x31; // [0] IMPLICIT in the token, SET OF when signed
  const key = new X509Certificate(Buffer.from(signer.toSchema().toBER(false))).publicKey;
  const pss = info.signatureAlgorithm.algorithmId === RSA_PSS_OID;
  const ok = verifySignature(
    hash,
    signedBytes,
    pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO } : key,
    Buffer.from(info.signature.valueBlock.valueHexView),
  );
  return ok ? null : "signature does not verify";
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
