// How many documents (every version counted) a project holds, for its overview page.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export async function countDocuments(access: ProjectAccess): Promise<number> {
  return db().document.count({ where: { projectId: access.projectId } });
}
