// Entities as the compare view names them: each id resolved to the entity it was merged into (or
// itself), in one statement. An id no entity of the project has resolves to nothing.
import type { EntityKind } from "../db/generated/enums";
import { sql } from "../db/sql";

export interface CompareRef {
  id: string;
  name: string;
  kind: EntityKind;
  reliability: string | null;
}

export async function compareRefs(projectId: string, ids: Iterable<string | null>): Promise<Map<string, CompareRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await sql()<(CompareRef & { named: string })[]>`
    SELECT e.id AS named, s.id, s.name, s.kind::text AS kind, s.reliability
    FROM "Entity" e JOIN "Entity" s ON s."projectId" = e."projectId" AND s.id = coalesce(e."mergedIntoId", e.id)
    WHERE e."projectId" = ${projectId} AND e.id = ANY(${wanted})`;
  return new Map(rows.map(({ named, ...ref }) => [named, ref]));
}
