import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { sameEntityIds } from "../entities/get-entity";
import { afterCursor, decodeCursor, page } from "../http/pagination";
import { claimInclude, claimView } from "./claim-view";
import type { TClaimQuery } from "./schemas";

/** Claims of a project, oldest first, filtered by status, type, document (any version) or entity (merged ones included). */
export async function listClaims(access: ProjectAccess, query: TClaimQuery) {
  const entityIds = query.entityId ? await sameEntityIds(access.projectId, query.entityId) : undefined;
  const lineage = query.documentId
    ? await db().document.findFirst({ where: { id: query.documentId, projectId: access.projectId }, select: { lineageId: true } })
    : undefined;
  const documentIds = lineage
    ? (await db().document.findMany({ where: { projectId: access.projectId, lineageId: lineage.lineageId }, select: { id: true } })).map((d) => d.id)
    : query.documentId
      ? [query.documentId]
      : undefined;
  const rows = await db().claim.findMany({
    where: {
      projectId: access.projectId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.type ? { type: query.type } : {}),
      // The project id in the relation filters too, so the subqueries use (projectId, ...) indexes
      // and stay within one shard.
      ...(documentIds ? { evidence: { some: { projectId: access.projectId, documentId: { in: documentIds } } } } : {}),
      ...(entityIds ? { entities: { some: { projectId: access.projectId, entityId: { in: entityIds } } } } : {}),
      ...afterCursor(decodeCursor(query.cursor)),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    include: claimInclude,
  });
  return page(rows, query.limit, claimView);
}
