import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { documentListSelect, documentView } from "./document-view";

/** Every version of one source, oldest first. */
export async function listVersions(access: ProjectAccess, lineageId: string) {
  const rows = await db().document.findMany({
    where: { projectId: access.projectId, lineageId },
    orderBy: { version: "asc" },
    select: documentListSelect,
  });
  return rows.map((d) => documentView(d));
}
