import type { Entity } from "../db/generated/client";

export function entityView(e: Entity) {
  return {
    id: e.id,
    projectId: e.projectId,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    wikidataId: e.wikidataId,
    reliability: e.reliability,
    mergedIntoId: e.mergedIntoId,
    createdBy: e.createdById,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
export type EntityView = ReturnType<typeof entityView>;
