// Matches the archive's users to this instance's accounts: the same id is the same account; else
// the same email is the same person under a local id (the project's rows are rewritten to it, the
// event log keeps the archived id, as its hashes require); else the account is created with the
// archived id, email and name and a password nobody knows, so it cannot sign in until given one.
import { randomBytes } from "node:crypto";
import type { Sql } from "postgres";
import { hashPassword } from "../auth/password";

export interface ArchivedUser {
  id: string;
  email: string;
  name: string;
  createdAt: string;
}

export interface UserMatch {
  /** archived id → local id, for accounts matched by email. */
  remap: Record<string, string>;
  created: string[];
  matchedByEmail: { archivedId: string; userId: string; email: string }[];
}

export async function restoreUsers(sql: Sql, users: ArchivedUser[]): Promise<UserMatch> {
  const match: UserMatch = { remap: {}, created: [], matchedByEmail: [] };
  if (users.length === 0) return match;
  const existing = await sql<{ id: string; email: string }[]>`
    SELECT "id", "email" FROM "User" WHERE "id" IN ${sql(users.map((u) => u.id))} OR "email" IN ${sql(users.map((u) => u.email))}`;
  const byId = new Set(existing.map((u) => u.id));
  const byEmail = new Map(existing.map((u) => [u.email, u.id]));
  const missing: ArchivedUser[] = [];
  for (const user of users) {
    if (byId.has(user.id)) continue;
    const local = byEmail.get(user.email);
    if (local) {
      match.remap[user.id] = local;
      match.matchedByEmail.push({ archivedId: user.id, userId: local, email: user.email });
    } else missing.push(user);
  }
  if (missing.length > 0) {
    const unusable = await hashPassword(randomBytes(32).toString("base64url"));
    await sql.unsafe(
      `INSERT INTO "User" ("id", "email", "name", "createdAt", "passwordHash")
       SELECT r."id", r."email", r."name", r."createdAt", $2 FROM json_populate_recordset(NULL::"User", $1::text::json) r`,
      [JSON.stringify(missing), unusable],
    );
    match.created = missing.map((u) => u.id);
  }
  return match;
}
