// How many claims name each entity, in any role, counting the claims of entities merged into it.
// An entity named by ten thousand claims makes this a count over all of them, so the answer is
// kept for the project's current state (`cachedAtHead`): the entities list asks it on every page.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { cachedAtHead } from "../projects/cached-at-head";

export async function countEntityClaims(access: ProjectAccess, entityIds: readonly string[]): Promise<Map<string, number>> {
  if (entityIds.length === 0) return new Map();
  const ids = [...entityIds];
  return cachedAtHead(access.projectId, JSON.stringify(["entity-claims", ids]), async () => {
    const rows = await db().$queryRaw<{ id: string; claims: number }[]>`
      SELECT COALESCE(e."mergedIntoId", e.id) AS id, COUNT(DISTINCT ce."claimId")::int AS claims
      FROM "ClaimEntity" ce JOIN "Entity" e ON e.id = ce."entityId" AND e."projectId" = ce."projectId"
      WHERE ce."projectId" = ${access.projectId}
        AND (e.id = ANY(${ids}) OR e."mergedIntoId" = ANY(${ids}))
      GROUP BY 1`;
    return new Map(rows.map((r) => [r.id, r.claims]));
  });
}
