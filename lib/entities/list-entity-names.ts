// Every entity's names in compact form, for pickers and for finding names in a text in the browser.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { TEntityKind } from "./schemas";

export interface EntityName {
  id: string;
  kind: TEntityKind;
  name: string;
  aliases: string[];
}

/** Beyond this many, pickers fall back on search (the first ones by name are listed). */
export const ENTITY_NAMES_LIMIT = 5000;

export async function listEntityNames(access: ProjectAccess): Promise<EntityName[]> {
  return db().entity.findMany({
    where: { projectId: access.projectId, mergedIntoId: null },
    select: { id: true, kind: true, name: true, aliases: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ENTITY_NAMES_LIMIT,
  });
}
