// Annotations as evidence: the exact words, their UTF-16 offsets and the document they are in,
// including annotations since deleted (a claim's history may name them), and on a paged source
// (PDF) the pages they stand on, from the document's pages.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { type PageBounds, pageRange } from "../anchoring/page-range";

export interface EvidenceSpan {
  annotationId: string;
  documentId: string | null;
  documentTitle: string | null;
  publisher: string | null;
  start: number | null;
  end: number | null;
  exact: string | null;
  /** active, orphaned or retired; "deleted" when the annotation was removed or is unknown. */
  status: string;
  /** First and last page (physical, from 1) on a paged source; null elsewhere. */
  pageStart?: number | null;
  pageEnd?: number | null;
}

/** An annotation row with its document's columns, as `getEvidenceSpans` and `describeClaims` read it. */
export interface EvidenceRow {
  id: string;
  documentId: string;
  start: number;
  end: number;
  exact: string;
  status: string;
  deleted: boolean;
  title: string | null;
  publisher: string | null;
  pages: unknown;
}

export async function getEvidenceSpans(access: ProjectAccess, annotationIds: Iterable<string>): Promise<Map<string, EvidenceSpan>> {
  const { projectId } = access;
  const ids = [...new Set(annotationIds)];
  if (ids.length === 0) return new Map();
  // One statement: the annotations with their documents joined (ORM relation loading would be two).
  const rows = await db().$queryRaw<EvidenceRow[]>`
    SELECT a."id", a."documentId", a."start", a."end", a."exact", a."status"::text AS "status", a."deletedAt" IS NOT NULL AS "deleted",
      d."title", d."publisher", d."pages"
    FROM "Annotation" a
    LEFT JOIN "Document" d ON d."projectId" = a."projectId" AND d."id" = a."documentId"
    WHERE a."projectId" = ${projectId} AND a."id" = ANY(${ids})`;
  const found = new Map(rows.map((a) => [a.id, a]));
  return new Map(ids.map((id) => [id, evidenceSpan(id, found.get(id))]));
}

/** The span of annotation `id` from its row; no row (removed, or never of this project) reads as deleted. */
export function evidenceSpan(id: string, a: EvidenceRow | undefined): EvidenceSpan {
  const pages = a && Array.isArray(a.pages) ? pageRange(a.pages as PageBounds[], a.start, a.end) : null;
  return {
    annotationId: id,
    documentId: a?.documentId ?? null,
    documentTitle: a?.title ?? null,
    publisher: a?.publisher ?? null,
    start: a?.start ?? null,
    end: a?.end ?? null,
    exact: a?.exact ?? null,
    status: a ? (a.deleted ? "deleted" : a.status) : "deleted",
    pageStart: pages?.pageStart ?? null,
    pageEnd: pages?.pageEnd ?? null,
  };
}
