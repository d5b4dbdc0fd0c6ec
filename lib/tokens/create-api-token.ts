import { db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

export interface CreatedApiToken {
  id: string;
  token: string;
  name: string;
  prefix: string;
  projectIds: string[];
  readOnly: boolean;
}

/** Each listed project must be one the user belongs to; anything else is named, as not found. */
async function checkProjects(userId: string, projectIds: string[]): Promise<void> {
  if (projectIds.length === 0) return;
  const rows = await db().membership.findMany({ where: { userId, projectId: { in: projectIds } }, select: { projectId: true } });
  const mine = new Set(rows.map((r) => r.projectId));
  const issues = projectIds.flatMap((id, i) => (mine.has(id) ? [] : [{ path: ["projects", i], message: "No such project, or you are not a member" }]));
  if (issues.length) throw new AppError("invalid_input", "A token can only be limited to projects you belong to.", { issues });
}

/**
 * Creates a token and answers its secret, the only time it is ever seen (only the hash is kept).
 * `projectIds` limits it to those projects (empty: all of the user's); `readOnly` to reading.
 */
export async function createApiToken(options: { userId: string; name?: string; projectIds?: string[]; readOnly?: boolean }): Promise<CreatedApiToken> {
  const projectIds = options.projectIds ?? [];
  const readOnly = options.readOnly ?? false;
  await checkProjects(options.userId, projectIds);
  const token = newTokenSecret();
  const id = newId("tok");
  const name = options.name ?? `token ${new Date().toISOString().slice(0, 10)}`;
  const prefix = token.slice(0, 10);
  await db().apiToken.create({ data: { id, userId: options.userId, name, prefix, tokenHash: hashTokenSecret(token), projectIds, readOnly } });
  return { id, token, name, prefix, projectIds, readOnly };
}
