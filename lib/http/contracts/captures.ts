// Contracts of web captures as evidence: re-verifying an artifact and its timestamp.
import * as z from "zod";
import { defineRoute } from "../contract";

const ZTimestampCheck = z.union([
  z.object({ status: z.literal("none").describe("No timestamp authority is configured, or the artifact is not a capture.") }),
  z.object({ status: z.literal("pending"), since: z.string().nullable(), reason: z.string().nullable().describe("Why the authority has not stamped it yet.") }),
  z.object({
    status: z.enum(["verified", "invalid"]),
    tsa: z.string().describe("The authority's URL."),
    genTime: z.string().nullable().describe("The time the authority attests, ISO 8601."),
    signer: z.string().nullable().describe("Subject of the certificate that signed the token."),
    signerFingerprint: z.string().nullable().describe("SHA-256 of that certificate (hex), to compare with the authority's published one."),
    serial: z.string().nullable(),
    problems: z.array(z.string()).describe("Empty when verified."),
  }),
]);

export const ZArtifactVerification = z
  .object({
    documentId: z.string(),
    ok: z.boolean().describe("The bytes hash to the recorded sha256, a WACZ's files to their listed hashes, and a timestamp (if any) verifies."),
    artifact: z.object({ sha256: z.string(), mediaType: z.string(), bytes: z.number().int() }),
    rehash: z.object({ sha256: z.string(), bytes: z.number().int(), matches: z.boolean() }).describe("The stored bytes hashed again now."),
    wacz: z
      .object({
        ok: z.boolean(),
        files: z.array(z.object({ path: z.string(), listed: z.string(), actual: z.string().nullable(), ok: z.boolean() })),
        datapackageDigest: z.boolean().describe("datapackage.json hashes to the value in datapackage-digest.json."),
      })
      .nullable()
      .describe("For a WACZ: each file of datapackage.json re-hashed."),
    timestamp: ZTimestampCheck,
    checkedAt: z.string(),
  })
  .meta({ id: "ArtifactVerification" });

export const verifyArtifact = defineRoute({
  method: "GET",
  path: "/documents/{documentId}/artifact/verify",
  operationId: "verifyArtifact",
  summary: "Re-hash a document's artifact and verify its RFC 3161 timestamp, now",
  description:
    "Reads the stored bytes again and hashes them; for a web capture (WACZ) also every file listed in its datapackage.json; and verifies the RFC 3161 TimeStampToken over the artifact's sha256 (signature, message imprint). Independent checks: `openssl ts -verify -digest <sha256> -token_in -in token.der -CAfile <authority's CA>`.",
  tags: ["Sources"],
  auth: "required",
  responses: { 200: { description: "What was checked and how it came out.", schema: ZArtifactVerification } },
  errors: [404],
});
