import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { entityView } from "./entity-view";
import type { TMergeEntity } from "./schemas";
import { entitySearchKey } from "./search-key";

/**
 * Records a person's judgement that two entities are the same. Nothing is rewritten: the merged
 * entity keeps its row and its claims, points at the survivor, and its names become aliases.
 */
export async function mergeEntities(access: ProjectAccess, mergedId: string, input: TMergeEntity) {
  if (mergedId === input.into) throw new AppError("invalid_input", "An entity cannot be merged into itself.", { issues: [{ path: ["into"], message: "Same entity" }] });
  return db().$transaction(async (tx) => {
    const [merged, survivor] = await Promise.all([
      tx.entity.findFirst({ where: { id: mergedId, projectId: access.projectId } }),
      tx.entity.findFirst({ where: { id: input.into, projectId: access.projectId } }),
    ]);
    if (!merged) throw notFound("entity");
    if (!survivor) throw new AppError("invalid_input", "The entity to merge into is not in this project.", { issues: [{ path: ["into"], message: "No such entity in this project" }] });
    if (merged.mergedIntoId || survivor.mergedIntoId) throw new AppError("conflict", "One of the entities was already merged into another.");
    if (merged.kind !== survivor.kind) throw new AppError("invalid_input", `A ${merged.kind} cannot be merged into a ${survivor.kind}.`, { issues: [{ path: ["into"], message: "Different kind" }] });
    const aliases = [...new Set([...survivor.aliases, merged.name, ...merged.aliases])].filter((a) => a !== survivor.name);
    const updated = await tx.entity.update({ where: { id: survivor.id }, data: { aliases, searchKey: entitySearchKey(survivor.name, aliases), updatedAt: new Date() } });
    // Entities merged into the merged one follow it to the survivor.
    await tx.entity.updateMany({ where: { projectId: access.projectId, mergedIntoId: merged.id }, data: { mergedIntoId: survivor.id } });
    await tx.entity.update({ where: { id: merged.id }, data: { mergedIntoId: survivor.id, updatedAt: new Date() } });
    await tx.entityMerge.create({ data: { projectId: access.projectId, survivorId: survivor.id, mergedId: merged.id, judgedById: access.userId, note: input.note ?? null } });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "entity.merged",
      subjectType: "entity",
      subjectId: merged.id,
      data: { before: { name: merged.name, aliases: merged.aliases }, after: { mergedInto: survivor.id, survivorAliases: aliases }, note: input.note ?? null },
    });
    return entityView(updated);
  });
}
