import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { entityView } from "./entity-view";

/** An entity with the entities merged into it (their names stay as aliases and as history). */
export async function getEntity(access: ProjectAccess, entityId: string) {
  const entity = await db().entity.findFirst({ where: { id: entityId, projectId: access.projectId } });
  if (!entity) throw notFound("entity");
  const merged = await db().entity.findMany({ where: { projectId: access.projectId, mergedIntoId: entity.id } });
  const merges = await db().entityMerge.findMany({
    where: { projectId: access.projectId, survivorId: entity.id },
    orderBy: { createdAt: "asc" },
  });
  return {
    ...entityView(entity),
    merged: merged.map(entityView),
    merges: merges.map((m) => ({ mergedId: m.mergedId, judgedBy: m.judgedById, note: m.note, createdAt: m.createdAt.toISOString() })),
  };
}

/** The entity's id and the ids of every entity merged into it: all of them name the same thing. */
export async function sameEntityIds(projectId: string, entityId: string): Promise<string[]> {
  const merged = await db().entity.findMany({ where: { projectId, mergedIntoId: entityId }, select: { id: true } });
  return [entityId, ...merged.map((m) => m.id)];
}
