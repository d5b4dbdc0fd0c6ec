import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";
import { annotationView } from "./annotation-view";

/** The orphan queue of a source: annotations of any of its versions that await a person's decision. */
export async function listOrphans(access: ProjectAccess, lineageId: string, window?: ListWindow) {
  const rows = await db().annotation.findMany({
    where: { projectId: access.projectId, lineageId, status: "orphaned", deletedAt: null, ...window?.where },
    orderBy: window?.orderBy ?? [{ updatedAt: "asc" }, { id: "asc" }],
    take: window?.take,
  });
  return rows.map((a) => annotationView(a));
}
