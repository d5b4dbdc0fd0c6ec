import type { ProjectAccess } from "../access/authorize-project";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { entityView } from "./entity-view";
import type { TCreateEntity } from "./schemas";
import { entitySearchKey } from "./search-key";

export async function createEntityIn(tx: Tx, access: ProjectAccess, input: TCreateEntity, options: { id?: string } = {}) {
  const aliases = [...new Set(input.aliases ?? [])].filter((a) => a !== input.name);
  const entity = await tx.entity.create({
    data: {
      id: options.id ?? newId("ent"),
      projectId: access.projectId,
      kind: input.kind,
      name: input.name,
      aliases,
      wikidataId: input.wikidataId ?? null,
      reliability: input.reliability ?? null,
      searchKey: entitySearchKey(input.name, aliases),
      createdById: access.userId,
    },
  });
  await appendEvent(tx, {
    projectId: access.projectId,
    actorId: access.userId,
    type: "entity.created",
    subjectType: "entity",
    subjectId: entity.id,
    data: { after: { kind: entity.kind, name: entity.name, aliases, wikidataId: entity.wikidataId, reliability: entity.reliability } },
  });
  return entityView(entity);
}

export function createEntity(access: ProjectAccess, input: TCreateEntity, options: { id?: string } = {}) {
  return db().$transaction((tx) => createEntityIn(tx, access, input, options));
}
