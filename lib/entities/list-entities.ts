import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { afterCursor, decodeCursor, page } from "../http/pagination";
import { entityView } from "./entity-view";
import type { TEntityQuery } from "./schemas";
import { foldForSearch } from "./search-key";

/** Entities of a project; `q` matches any part of the name or an alias, in any script or spelling variant. */
export async function listEntities(access: ProjectAccess, query: TEntityQuery) {
  const folded = query.q ? foldForSearch(query.q) : "";
  const rows = await db().entity.findMany({
    where: {
      projectId: access.projectId,
      mergedIntoId: null,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(folded ? { searchKey: { contains: folded } } : {}),
      ...afterCursor(decodeCursor(query.cursor)),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  return page(rows, query.limit, entityView);
}
