// The things claims of one type are about (their subject entities, after merges), with how many
// claims each has: the choices of the compare view. One statement: the subjects resolved through
// merges and counted in the database.
import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";

export interface ClaimSubject {
  id: string;
  name: string;
  kind: string;
  claims: number;
}

export async function listClaimSubjects(access: ProjectAccess, type: string): Promise<ClaimSubject[]> {
  const rows = await sql()<ClaimSubject[]>`
    SELECT s.id, s.name, s.kind::text AS kind, count(*)::int AS claims
    FROM "Claim" c
      JOIN "Entity" e ON e."projectId" = c."projectId" AND e.id = c."subjectEntityId"
      JOIN "Entity" s ON s."projectId" = e."projectId" AND s.id = coalesce(e."mergedIntoId", e.id)
    WHERE c."projectId" = ${access.projectId} AND c.type = ${type}
    GROUP BY s.id, s.name, s.kind`;
  return rows.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
