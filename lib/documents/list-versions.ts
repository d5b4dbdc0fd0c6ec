import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ListWindow } from "../http/keyset";
import { documentListSelect, documentView } from "./document-view";

/** Every version of one source, oldest first. */
export async function listVersions(access: ProjectAccess, lineageId: string, window?: ListWindow) {
  const rows = await db().document.findMany({
    where: { projectId: access.projectId, lineageId, ...window?.where },
    orderBy: window?.orderBy ?? { version: "asc" },
    take: window?.take,
    select: documentListSelect,
  });
  return rows.map((d) => documentView(d));
}
