// Query and answer shapes of the log's routes (public API, "Provenance").
import * as z from "zod";

const hex = z.string().regex(/^[0-9a-f]{64}$/);
const size = (what: string) => z.coerce.number().int().min(1).max(2_147_483_647).describe(what);

export const ZInclusionQuery = z.object({
  seq: size("The event's seq (leaf index + 1)."),
  treeSize: size("The size of the tree to prove against: at most the current head's."),
});

export const ZConsistencyQuery = z.object({
  from: size("The older tree size (one you kept a head of)."),
  to: size("The newer tree size: at most the current head's."),
});

export const ZSignedHeadOut = z.object({
  treeSize: z.number().int(),
  rootHash: hex,
  timestamp: z.string().describe("ISO 8601 UTC, milliseconds."),
  keyId: hex.describe("Hex SHA-256 of the signing key's SubjectPublicKeyInfo (GET /log/keys)."),
  signature: z.string().describe("Base64 Ed25519 over the RFC 8785 canonical JSON of {projectId, treeSize, rootHash, timestamp}."),
  tsaTimestamp: z
    .object({ tsa: z.string(), genTime: z.string(), token: z.string().describe("Base64 DER RFC 3161 TimeStampToken."), sha256: hex.describe("What the token stamps: SHA-256 of the signed statement.") })
    .optional()
    .describe("Present when the deployment has a timestamp authority (TSA_URL) and it answered."),
});

export const ZInclusionOut = z.object({ leafIndex: z.number().int(), treeSize: z.number().int(), leafHash: hex, auditPath: z.array(hex) });
export const ZConsistencyOut = z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(hex) });
export const ZLogKeysOut = z.object({
  keys: z.array(z.object({ keyId: hex, algorithm: z.literal("Ed25519"), publicKeyPem: z.string(), createdAt: z.string() })),
});
