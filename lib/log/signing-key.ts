// The deployment's Ed25519 key that signs tree heads. LOG_SIGNING_KEY (a PKCS#8 PEM, or its base64)
// when the deployment gives one; otherwise a key generated on first use and kept, like the session
// secret, in a file beside the data (LOG_SIGNING_KEY_FILE, default .data/log-signing-key.pem).
// `npm run log:rotate-key` replaces that file; the file is re-read when it changes, so a running
// server signs with the new key at once. Public halves are published by key id (lib/log/log-keys.ts).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKeyPem: string;
}

export const signingKeyFile = () => path.resolve(process.env.LOG_SIGNING_KEY_FILE || ".data/log-signing-key.pem");

/** Key id: hex SHA-256 of the public key's DER SubjectPublicKeyInfo, as RFC 9162's log ids. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex");
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("the log signing key must be an Ed25519 key");
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

function parsePrivate(text: string): KeyObject {
  const trimmed = text.trim();
  const pem = trimmed.startsWith("-----") ? trimmed : Buffer.from(trimmed, "base64").toString("utf8");
  return createPrivateKey(pem.includes("-----") ? pem : { key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" });
}

export function writeNewSigningKey(file = signingKeyFile()): SigningKey {
  mkdirSync(path.dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync("ed25519");
  // Written aside then renamed, so a reader never sees half a key.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { mode: 0o600 });
  renameSync(temp, file);
  return fromPrivate(privateKey);
}

let cached: { source: string; key: SigningKey } | undefined;

export function currentSigningKey(): SigningKey {
  const given = process.env.LOG_SIGNING_KEY;
  if (given) {
    if (cached?.source !== `env:${given}`) cached = { source: `env:${given}`, key: fromPrivate(parsePrivate(given)) };
    return cached.key;
  }
  const file = signingKeyFile();
  if (!existsSync(file)) writeNewSigningKey(file);
  const stat = statSync(file);
  const source = `file:${file}:${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  if (cached?.source !== source) cached = { source, key: fromPrivate(parsePrivate(readFileSync(file, "utf8"))) };
  return cached.key;
}
