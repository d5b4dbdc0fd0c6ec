import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { appendEvent } from "../provenance/append-event";
import { entityView } from "./entity-view";
import type { TUpdateEntity } from "./schemas";
import { entitySearchKey } from "./search-key";

export async function updateEntity(access: ProjectAccess, entityId: string, input: TUpdateEntity) {
  return db().$transaction(async (tx) => {
    const before = await tx.entity.findFirst({ where: { id: entityId, projectId: access.projectId } });
    if (!before) throw notFound("entity");
    const name = input.name ?? before.name;
    const aliases = [...new Set(input.aliases ?? before.aliases)].filter((a) => a !== name);
    const after = await tx.entity.update({
      where: { id: entityId },
      data: {
        name,
        aliases,
        searchKey: entitySearchKey(name, aliases),
        ...(input.wikidataId !== undefined ? { wikidataId: input.wikidataId } : {}),
        ...(input.reliability !== undefined ? { reliability: input.reliability } : {}),
        updatedAt: new Date(),
      },
    });
    const pick = (e: typeof before) => ({ name: e.name, aliases: e.aliases, wikidataId: e.wikidataId, reliability: e.reliability });
    await appendEvent(tx, {
      projectId: access.projectId,
      actorId: access.userId,
      type: "entity.updated",
      subjectType: "entity",
      subjectId: entityId,
      data: { before: pick(before), after: pick(after) },
    });
    return entityView(after);
  });
}
