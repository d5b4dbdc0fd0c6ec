import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { afterCursor, decodeCursor, page, type TListQuery } from "../http/pagination";
import { documentListSelect, documentView } from "./document-view";

/** A project's documents, oldest first, without their text. */
export async function listDocuments(access: ProjectAccess, query: TListQuery) {
  const rows = await db().document.findMany({
    where: { projectId: access.projectId, ...afterCursor(decodeCursor(query.cursor)) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: documentListSelect,
  });
  return page(rows, query.limit, (d) => documentView(d));
}
