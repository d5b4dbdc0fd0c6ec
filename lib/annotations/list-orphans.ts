import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { annotationView } from "./annotation-view";

/** The orphan queue of a source: annotations of any of its versions that await a person's decision. */
export async function listOrphans(access: ProjectAccess, lineageId: string) {
  const rows = await db().annotation.findMany({
    where: { projectId: access.projectId, lineageId, status: "orphaned", deletedAt: null },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((a) => annotationView(a));
}
