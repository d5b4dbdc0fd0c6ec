// The public keys that signed (or sign) this deployment's tree heads, by key id. A key is recorded
// the first time it signs, so rotating keeps every earlier key published.
import type { Tx } from "../db/client";
import { db } from "../db/client";
import type { SigningKey } from "./signing-key";

const recorded = new Set<string>();

export async function recordSigningKey(key: SigningKey, tx?: Tx): Promise<void> {
  if (recorded.has(key.keyId)) return;
  await (tx ?? db()).$executeRaw`
    INSERT INTO "LogKey" ("keyId", "algorithm", "publicKeyPem") VALUES (${key.keyId}, 'Ed25519', ${key.publicKeyPem})
    ON CONFLICT ("keyId") DO NOTHING`;
  if (!tx) recorded.add(key.keyId);
}

export async function listLogKeys() {
  const rows = await db().logKey.findMany({ orderBy: [{ createdAt: "asc" }, { keyId: "asc" }] });
  return { keys: rows.map((k) => ({ keyId: k.keyId, algorithm: "Ed25519" as const, publicKeyPem: k.publicKeyPem, createdAt: k.createdAt.toISOString() })) };
}
