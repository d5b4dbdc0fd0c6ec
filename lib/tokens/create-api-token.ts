import { db } from "../db/client";
import { newId } from "../ids";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

export async function createApiToken(options: { userId: string; name?: string }): Promise<{ id: string; token: string; name: string; prefix: string }> {
  const token = newTokenSecret();
  const id = newId("tok");
  const name = options.name ?? `token ${new Date().toISOString().slice(0, 10)}`;
  const prefix = token.slice(0, 10);
  await db().apiToken.create({ data: { id, userId: options.userId, name, prefix, tokenHash: hashTokenSecret(token) } });
  return { id, token, name, prefix };
}
