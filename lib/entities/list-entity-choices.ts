// A project's entities (not merged into another) as a filter's choices (id, name, kind), oldest
// first, in one statement: the filter forms of the claims list and search need nothing else.
import type { ProjectAccess } from "../access/authorize-project";
import type { EntityKind } from "../db/generated/enums";
import { sql } from "../db/sql";

export interface EntityChoice {
  id: string;
  name: string;
  kind: EntityKind;
}

export async function listEntityChoices(access: ProjectAccess, limit: number): Promise<EntityChoice[]> {
  return sql()<EntityChoice[]>`
    SELECT id, name, kind::text AS kind FROM "Entity" WHERE "projectId" = ${access.projectId} AND "mergedIntoId" IS NULL
    ORDER BY "createdAt", id LIMIT ${limit}`;
}
