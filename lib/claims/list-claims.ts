import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";
import { decodeCursor, page } from "../http/pagination";
import { CLAIM_ROW_COLUMNS, citesDocumentSql, type ClaimRow, claimRowView } from "./claim-row-sql";
import type { TClaimQuery } from "./schemas";

/**
 * Claims of a project, oldest first, filtered by status, type, document (any version) or entity
 * (merged ones included). One statement, the evidence of each claim in position order beside it;
 * with an entity, a first one reads the entity and those merged into it.
 */
export async function listClaims(access: ProjectAccess, query: TClaimQuery) {
  const { projectId } = access;
  const s = sql();
  const cursor = decodeCursor(query.cursor);
  // The entity's ids are read first and given as values: behind a subquery the planner guesses a
  // few hundred claims name them, and for an entity named by 10,000 it fetched and sorted all of
  // them (1 s) instead of walking the claims in order until the page is full (a few ms).
  const entityIds = query.entityId
    ? [query.entityId, ...(await s<{ id: string }[]>`SELECT "id" FROM "Entity" WHERE "projectId" = ${projectId} AND "mergedIntoId" = ${query.entityId}`).map((e) => e.id)]
    : [];
  // The project id in every subquery too, so they use (projectId, ...) indexes and stay within one shard.
  const rows = await s<ClaimRow[]>`
    SELECT ${s.unsafe(CLAIM_ROW_COLUMNS)}
    FROM "Claim" c
    WHERE c."projectId" = ${projectId}
      ${query.status ? s`AND c."status" = ${query.status}::"ClaimStatus"` : s``}
      ${query.type ? s`AND c."type" = ${query.type}` : s``}
      ${query.documentId ? citesDocumentSql(s, projectId, query.documentId) : s``}
      ${
        query.entityId
          ? s`AND EXISTS (SELECT 1 FROM "ClaimEntity" l WHERE l."projectId" = ${projectId} AND l."claimId" = c."id" AND l."entityId" = ANY(${entityIds}::text[]))`
          : s``
      }
      ${cursor ? s`AND (c."createdAt", c."id") > (${cursor.createdAt}::timestamptz, ${cursor.id}::text)` : s``}
    ORDER BY c."createdAt", c."id"
    LIMIT ${query.limit + 1}::int`;
  return page(rows, query.limit, claimRowView);
}
