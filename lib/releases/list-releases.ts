// A project's releases with their manifests, for the releases page and the API list.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { afterCursor, decodeCursor, page, type TListQuery } from "../http/pagination";
import { releaseView } from "./release-view";

/** A project's releases, oldest first, each with its manifest. */
export async function listReleases(access: ProjectAccess, query: TListQuery) {
  const rows = await db().release.findMany({
    where: { projectId: access.projectId, ...afterCursor(decodeCursor(query.cursor)) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  const files = await db().releaseFile.findMany({ where: { projectId: access.projectId, releaseId: { in: rows.map((r) => r.id) } } });
  return page(rows, query.limit, (r) => releaseView(r, files.filter((f) => f.releaseId === r.id)));
}
