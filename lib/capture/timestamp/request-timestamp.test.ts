import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpensslTsa, type OpensslTsa } from "@/test/support/capture/openssl-tsa";
import { buildTimestampRequest } from "./build-timestamp-request";
import { requestTimestamp, TimestampError } from "./request-timestamp";
import { verifyTimestampToken } from "./verify-timestamp-token";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

describe("RFC 3161 timestamps against OpenSSL's authority", () => {
  let tsa: OpensslTsa;
  beforeAll(async () => {
    tsa = await startOpensslTsa();
  });
  afterAll(async () => {
    await tsa.close();
  });

  it("gets a token that OpenSSL verifies over the artifact's sha256", async () => {
    const digest = sha("the captured WACZ bytes");
    const before = Date.now();
    const stamp = await requestTimestamp({ tsaUrl: tsa.url, sha256: digest, trustedCertsPem: [tsa.caPem] });
    expect(stamp.tsa).toBe(tsa.url);
    expect(Math.abs(Date.parse(stamp.genTime) - before)).toBeLessThan(60_000);
    expect(stamp.verification.signer).toContain("CN=Test Timestamp Authority");
    expect(stamp.verification.chainTrusted).toBe(true);
    const token = Buffer.from(stamp.token, "base64");
    expect(await tsa.verifyWithOpenssl(token, digest)).toMatch(/Verification: OK/);
    // OpenSSL refuses the same token for another digest: the check is real.
    await expect(tsa.verifyWithOpenssl(token, sha("other bytes"))).rejects.toThrow();
  });

  it("verifies a stored token again, and refuses it for other bytes or a tampered token", async () => {
    const digest = sha("page one");
    const { token } = await requestTimestamp({ tsaUrl: tsa.url, sha256: digest });
    const der = Buffer.from(token, "base64");
    const good = await verifyTimestampToken(der, digest, { trustedCertsPem: [tsa.caPem] });
    expect(good).toMatchObject({ ok: true, chainTrusted: true, problems: [] });
    expect(good.signerFingerprint).toMatch(/^[0-9a-f]{64}$/);

    const wrong = await verifyTimestampToken(der, sha("page two"));
    expect(wrong.ok).toBe(false);
    expect(wrong.problems.join()).toContain("token stamps");

    // Flip one byte of the signature (the token's last bytes): the imprint still matches, the signature does not.
    const tampered = Buffer.from(der);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 10) ^ 0xff, tampered.length - 10);
    const bad = await verifyTimestampToken(tampered, digest);
    expect(bad.ok).toBe(false);
    expect(bad.problems.join()).toMatch(/signature/);

    const foreign = await verifyTimestampToken(der, digest, { trustedCertsPem: [otherRootPem] });
    expect(foreign.ok).toBe(false);
    expect(foreign.chainTrusted).toBe(false);

    expect((await verifyTimestampToken(Buffer.from("not a token"), digest)).problems[0]).toMatch(/unreadable/);
  });

  it("says why when the authority fails, falls silent or is asked for a bad digest", async () => {
    tsa.mode = "fail";
    await expect(requestTimestamp({ tsaUrl: tsa.url, sha256: sha("x") })).rejects.toMatchObject({ code: "tsa_http_error" });
    tsa.mode = "silent";
    const error = await requestTimestamp({ tsaUrl: tsa.url, sha256: sha("x"), timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimestampError);
    expect((error as TimestampError).code).toBe("tsa_unreachable");
    tsa.mode = "answer";
    expect(() => buildTimestampRequest("abc")).toThrow(/64 lowercase hex/);
  });
});

// A root that signed nothing here: a chain check against it must fail.
const otherRootPem = `-----BEGIN CERTIFICATE-----
MIIBijCCAS+gAwIBAgIUV3nGBJ367T2sRRix2S19YP14CfMwCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOVW5yZWxhdGVkIFJvb3QwIBcNMjYxMjA3MDYzMDQ0WhgPMjEy
NjExMTMwNjMwNDRaMBkxFzAVBgNVBAMMDlVucmVsYXRlZCBSb290MFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEvpBZqhaGyHk90NPPnREQPmZ3gSVQDwybeVUkll16
vXnZWak8gWfWVfeUWspxxiZhFORbiQnIp80qGAtQ23aHnKNTMFEwHQYDVR0OBBYE
FAZflGA0skN5NczYoe4xuBlTTl90MB8GA1UdIwQYMBaAFAZflGA0skN5NczYoe4x
uBlTTl90MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAMVb2bn8
uk9rCxO2Rk3ByNHtpQ0l34vUVSGak0ktS5NMAiEA3QSGF8mgwQ3QHGw2aJqaC75+
BE6GnErYN/3Vg2L9SEo=
-----END CERTIFICATE-----`;
