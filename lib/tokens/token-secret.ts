// API token secrets: 32 random bytes shown once; only their sha256 is stored.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "pwb_";

export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
