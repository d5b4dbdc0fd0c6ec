// The reads an annotator's loop makes (scripts/bench/load/virtual-annotator.ts), done directly in SQL
// for the floor: the document, a page of its annotations, now and then a page of the claims on it and
// the compare view's claims with their evidence. One statement each, reading what the app's answer
// holds; no HTTP, no authentication, no ORM.
import type postgres from "postgres";

type Sql = postgres.Sql;

export async function readDocument(sql: Sql, projectId: string, documentId: string) {
  return sql`SELECT * FROM "Document" WHERE "id" = ${documentId} AND "projectId" = ${projectId}`;
}

export async function listAnnotations(sql: Sql, projectId: string, documentId: string) {
  return sql`
    SELECT a."id", a."projectId", a."status", a."note", a."orphan", a."createdById", a."createdAt", a."updatedAt",
      x."documentId", x."start", x."end", x."exact", x."prefix", x."suffix", x."codePointStart", x."codePointEnd", x."confidence", x."method"
    FROM "AnnotationAnchor" x JOIN "Annotation" a ON a."id" = x."annotationId" AND a."projectId" = x."projectId"
    WHERE x."projectId" = ${projectId} AND x."documentId" = ${documentId} AND a."deletedAt" IS NULL AND a."status" <> 'retired'
    ORDER BY x."start", x."annotationId" LIMIT 51`;
}

/** Claims resting on any version of the document, oldest first, each with its evidence. */
export async function listClaims(sql: Sql, projectId: string, documentId: string) {
  return sql`
    SELECT c.*, (SELECT json_agg(ev ORDER BY ev."position") FROM "ClaimEvidence" ev WHERE ev."projectId" = c."projectId" AND ev."claimId" = c."id") AS "evidence"
    FROM "Claim" c
    WHERE c."projectId" = ${projectId} AND EXISTS (
      SELECT 1 FROM "ClaimEvidence" e JOIN "Document" d ON d."projectId" = e."projectId" AND d."id" = e."documentId"
      WHERE e."projectId" = ${projectId} AND e."claimId" = c."id"
        AND d."lineageId" = (SELECT "lineageId" FROM "Document" WHERE "id" = ${documentId} AND "projectId" = ${projectId}))
    ORDER BY c."createdAt", c."id" LIMIT 51`;
}

/** Submitted victim counts with their evidence's quotes and sources, and the project's entities. */
export async function compare(sql: Sql, projectId: string) {
  return sql`
    SELECT (SELECT json_agg(json_build_object('id', e."id", 'name', e."name", 'kind', e."kind", 'mergedIntoId', e."mergedIntoId")) FROM "Entity" e WHERE e."projectId" = ${projectId}) AS "entities",
      (SELECT json_agg(json_build_object('claim', c, 'evidence', (
        SELECT json_agg(json_build_object('annotationId', ev."annotationId", 'exact', a."exact", 'title', d."title", 'lineageId', d."lineageId") ORDER BY ev."position")
        FROM "ClaimEvidence" ev
          LEFT JOIN "Annotation" a ON a."projectId" = ev."projectId" AND a."id" = ev."annotationId"
          LEFT JOIN "Document" d ON d."projectId" = ev."projectId" AND d."id" = ev."documentId"
        WHERE ev."projectId" = c."projectId" AND ev."claimId" = c."id")) ORDER BY c."countMin" NULLS LAST, c."createdAt")
       FROM "Claim" c WHERE c."projectId" = ${projectId} AND c."type" = 'victim_count' AND c."status" = 'submitted') AS "claims"`;
}
