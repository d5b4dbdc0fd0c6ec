// The caller's credentials and, in the same statement, their membership in the project the request is
// about (lib/access/access-target.ts): one round trip where a request used to take two or three
// (token, then membership; or account, then membership). Nothing is cached: every request reads the
// token's revocation and the member's role as they are when it arrives.
import type { AccessTarget, PrefetchedMembership } from "../access/access-target";
import type { Role } from "../db/generated/enums";
import { sql } from "../db/sql";

interface MembershipColumns {
  memberProjectId: string | null;
  memberRole: Role | null;
}

export interface TokenRow extends MembershipColumns {
  id: string;
  userId: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  projectIds: string[];
  readOnly: boolean;
}

const NO_TARGET = { kind: "none", id: "" } as const;

/** The user's membership in the target's project; the target is a project id or a document's id. */
function membershipOf(userIdColumn: ReturnType<ReturnType<typeof sql>>, target: AccessTarget | undefined) {
  const { kind, id } = target ?? NO_TARGET;
  return sql()`
    LEFT JOIN LATERAL (
      SELECT m."projectId", m."role"::text AS "role" FROM "Membership" m
      WHERE m."userId" = ${userIdColumn}
        AND m."projectId" = CASE ${kind}::text
          WHEN 'project' THEN ${id}::text
          WHEN 'document' THEN (SELECT d."projectId" FROM "Document" d WHERE d."id" = ${id}::text)
        END
    ) m ON true`;
}

export async function lookUpToken(tokenHash: string, target?: AccessTarget): Promise<TokenRow | undefined> {
  const s = sql();
  const [row] = await s<TokenRow[]>`
    SELECT t."id", t."userId", t."revokedAt", t."lastUsedAt", t."projectIds", t."readOnly",
      m."projectId" AS "memberProjectId", m."role" AS "memberRole"
    FROM "ApiToken" t ${membershipOf(s`t."userId"`, target)}
    WHERE t."tokenHash" = ${tokenHash}`;
  return row;
}

/** The account behind a session, if it still exists, with its membership in the target's project. */
export async function lookUpSessionUser(userId: string, target?: AccessTarget): Promise<MembershipColumns | undefined> {
  const s = sql();
  const [row] = await s<MembershipColumns[]>`
    SELECT m."projectId" AS "memberProjectId", m."role" AS "memberRole"
    FROM "User" u ${membershipOf(s`u."id"`, target)}
    WHERE u."id" = ${userId}`;
  return row;
}

export async function markTokenUsed(tokenId: string, at: Date): Promise<void> {
  await sql()`UPDATE "ApiToken" SET "lastUsedAt" = ${at} WHERE "id" = ${tokenId}`;
}

export function prefetched(row: MembershipColumns, target: AccessTarget | undefined): PrefetchedMembership | undefined {
  return target ? { target, projectId: row.memberProjectId, role: row.memberRole } : undefined;
}
