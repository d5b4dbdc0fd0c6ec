import type { ProjectAccess } from "../access/authorize-project";
import type { PageBounds } from "../anchoring/page-range";
import { seesOnlyOwnSql } from "../assignments/annotation-visibility";
import { plannedEachTime, sql } from "../db/sql";
import { type AnnotationFields, annotationView } from "./annotation-view";

export interface AnnotationCursor {
  start: number;
  id: string;
}

type ListedRow = Omit<AnnotationFields, "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string; confidence: number; method: string };

/**
 * The annotations anchored on one document version, in text order (start offset, then id). Old
 * versions keep the anchors they had, so an old version reads as it was annotated. One statement:
 * the document's pages, who may be seen on it (lib/assignments/annotation-visibility.ts) and the
 * page of anchors with their annotations; the rows come back as one JSON value, read without an ORM.
 */
export async function listAnnotations(access: ProjectAccess, documentId: string, options: { limit?: number; after?: AnnotationCursor } = {}) {
  const { after } = options;
  const { projectId, userId } = access;
  const s = sql();
  // Planned at each call: the anchors of a busy source grow faster than statistics are refreshed.
  const [result] = await plannedEachTime(s<{ pages: PageBounds[] | null; items: ListedRow[] }[]>`
    WITH doc AS (
      SELECT d."lineageId", d."pages" FROM "Document" d WHERE d."id" = ${documentId} AND d."projectId" = ${projectId}
    ), listed AS (
      SELECT a."id", a."projectId", a."status", a."note", a."orphan", a."createdById", a."createdAt", a."updatedAt",
        x."documentId", x."start", x."end", x."exact", x."prefix", x."suffix", x."codePointStart", x."codePointEnd", x."confidence", x."method"
      FROM doc
      JOIN "AnnotationAnchor" x ON x."projectId" = ${projectId} AND x."documentId" = ${documentId}
      JOIN "Annotation" a ON a."id" = x."annotationId" AND a."projectId" = ${projectId}
      WHERE a."deletedAt" IS NULL AND a."status" <> 'retired'
        AND (NOT ${seesOnlyOwnSql(access, s`doc."lineageId"`)} OR a."createdById" = ${userId})
        ${after ? s`AND (x."start", x."annotationId") > (${after.start}::bigint, ${after.id}::text)` : s``}
      ORDER BY x."start", x."annotationId"
      ${options.limit ? s`LIMIT ${options.limit}` : s``}
    )
    SELECT (SELECT "pages" FROM doc) AS "pages",
      coalesce((SELECT json_agg(listed ORDER BY listed."start", listed."id") FROM listed), '[]'::json) AS "items"`);
  const pages = result?.pages ?? null;
  return (result?.items ?? []).map((row) => {
    const a = { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) };
    return annotationView(a, a, pages);
  });
}

export function encodeAnnotationCursor(c: AnnotationCursor): string {
  return `${c.start}:${c.id}`;
}

export function decodeAnnotationCursor(cursor: string | undefined): AnnotationCursor | undefined {
  const match = cursor?.match(/^(\d{1,10}):([\w-]{1,64})$/);
  return match ? { start: Number(match[1]), id: match[2]! } : undefined;
}
