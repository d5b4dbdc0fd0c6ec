import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { EntityKind } from "../db/generated/enums";
import { sql } from "../db/sql";
import { notFound } from "../errors";
import type { EntityView } from "./entity-view";

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const VIEW = (e: string) =>
  `json_build_object('id', ${e}.id, 'projectId', ${e}."projectId", 'kind', ${e}.kind, 'name', ${e}.name, 'aliases', ${e}.aliases,
    'wikidataId', ${e}."wikidataId", 'reliability', ${e}.reliability, 'mergedIntoId', ${e}."mergedIntoId", 'createdBy', ${e}."createdById",
    'createdAt', ${iso(`${e}."createdAt"`)}, 'updatedAt', ${iso(`${e}."updatedAt"`)})`;

type Merge = { mergedId: string; judgedBy: string; note: string | null; createdAt: string };

/**
 * An entity with the entities merged into it (their names stay as aliases and as history), and
 * the merges judged into it in order. One statement: the entity page and the API asked three.
 */
export async function getEntity(access: ProjectAccess, entityId: string): Promise<EntityView & { merged: EntityView[]; merges: Merge[] }> {
  const { projectId } = access;
  const [row] = await sql()<{ entity: EntityView & { kind: EntityKind }; merged: EntityView[]; merges: Merge[] }[]>`
    SELECT ${sql().unsafe(VIEW("e"))} AS entity,
      (SELECT coalesce(json_agg(${sql().unsafe(VIEW("m"))} ORDER BY m.id), '[]') FROM "Entity" m WHERE m."projectId" = e."projectId" AND m."mergedIntoId" = e.id) AS merged,
      (SELECT coalesce(json_agg(json_build_object('mergedId', g."mergedId", 'judgedBy', g."judgedById", 'note', g.note, 'createdAt', ${sql().unsafe(iso('g."createdAt"'))})
          ORDER BY g."createdAt", g.id), '[]')
        FROM "EntityMerge" g WHERE g."projectId" = e."projectId" AND g."survivorId" = e.id) AS merges
    FROM "Entity" e WHERE e."projectId" = ${projectId} AND e.id = ${entityId}`;
  if (!row) throw notFound("entity");
  return { ...row.entity, merged: row.merged, merges: row.merges };
}

/** The entity's id and the ids of every entity merged into it: all of them name the same thing. */
export async function sameEntityIds(projectId: string, entityId: string): Promise<string[]> {
  const merged = await db().entity.findMany({ where: { projectId, mergedIntoId: entityId }, select: { id: true } });
  return [entityId, ...merged.map((m) => m.id)];
}
