// How many claims name each entity, in any role, counting the claims of entities merged into it.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export async function countEntityClaims(access: ProjectAccess, entityIds: readonly string[]): Promise<Map<string, number>> {
  if (entityIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; claims: number }[]>`
    SELECT COALESCE(e."mergedIntoId", e.id) AS id, COUNT(DISTINCT ce."claimId")::int AS claims
    FROM "ClaimEntity" ce JOIN "Entity" e ON e.id = ce."entityId" AND e."projectId" = ce."projectId"
    WHERE ce."projectId" = ${access.projectId}
      AND (e.id = ANY(${entityIds as string[]}) OR e."mergedIntoId" = ANY(${entityIds as string[]}))
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.id, r.claims]));
}
