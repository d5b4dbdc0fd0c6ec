// A project as every page of it shows it (name, description, review settings, member count), in
// one statement, and only to a member: the membership is part of the query, so anyone else finds
// nothing. Pages ask for it beside the gate's own membership check rather than after it. The
// document count, costly on a large project, is the overview's alone (getProject).
import { db } from "../db/client";

export interface MemberProject {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  settings: { requiredApprovals: number; blindAnnotation: boolean };
  memberCount: number;
}

interface Row {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  requiredApprovals: number;
  blindAnnotation: boolean;
  memberCount: number;
}

export async function getMemberProject(userId: string, projectId: string): Promise<MemberProject | null> {
  const [p] = await db().$queryRaw<Row[]>`
    SELECT p."id", p."name", p."description", p."createdAt", p."requiredApprovals", p."blindAnnotation",
      (SELECT count(*)::int FROM "Membership" c WHERE c."projectId" = p."id") AS "memberCount"
    FROM "Project" p
    JOIN "Membership" m ON m."projectId" = p."id" AND m."userId" = ${userId}
    WHERE p."id" = ${projectId}`;
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    createdAt: p.createdAt.toISOString(),
    settings: { requiredApprovals: p.requiredApprovals, blindAnnotation: p.blindAnnotation },
    memberCount: p.memberCount,
  };
}
