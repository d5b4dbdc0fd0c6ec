// The nested form of each claim (JSONL lines, W3C annotations), built by PostgreSQL as one JSON
// object per claim with its keys in a fixed order, so the same data always gives the same bytes.
import { attributeJsonPairs } from "../claims/attributes/attribute-sql";
import type { CompiledFilter } from "./export-sql";
import { claimConditions } from "./export-sql";
import { PAGE_END_SQL, PAGE_START_SQL } from "./page-sql";
import { isoText } from "./sql-text";

const entityRef = (alias: string) => `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'reliability', ${alias}.reliability)`;

const EVIDENCE = `(SELECT json_agg(json_build_object(
    'index', ev.position + 1, 'annotationId', a.id,
    'status', CASE WHEN a."deletedAt" IS NOT NULL THEN 'deleted' ELSE a.status::text END,
    'documentId', d.id, 'documentTitle', d.title, 'documentVersion', d.version, 'sourceUrl', d."sourceUrl",
    'publisher', d.publisher, 'language', d.language, 'sha256', d.sha256,
    'exact', a.exact, 'prefix', a.prefix, 'suffix', a.suffix, 'start', a.start, 'end', a."end",
    'codePointStart', a."codePointStart", 'codePointEnd', a."codePointEnd",
    'pageStart', ${PAGE_START_SQL}, 'pageEnd', ${PAGE_END_SQL},
    'annotatedBy', json_build_object('id', a."createdById", 'name', ua.name), 'annotatedAt', ${isoText(`a."createdAt"`)}
  ) ORDER BY ev.position)
  FROM "ClaimEvidence" ev
  JOIN "Annotation" a ON a."projectId" = c."projectId" AND a.id = ev."annotationId"
  JOIN "Document" d ON d.id = a."documentId"
  LEFT JOIN "User" ua ON ua.id = a."createdById"
  WHERE ev."claimId" = c.id)`;

const VIA = `coalesce((SELECT json_agg(json_build_object('id', v.id, 'name', e.name) ORDER BY v.n)
  FROM unnest(c.via) WITH ORDINALITY v(id, n) LEFT JOIN "Entity" e ON e."projectId" = c."projectId" AND e.id = v.id), '[]'::json)`;

const ENTITIES = `coalesce((SELECT json_object_agg(e.id, json_build_object('name', e.name, 'kind', e.kind, 'reliability', e.reliability,
    'wikidataId', e."wikidataId", 'mergedIntoId', e."mergedIntoId") ORDER BY e.id)
  FROM "Entity" e WHERE e."projectId" = c."projectId" AND e.id IN (SELECT x."entityId" FROM "ClaimEntity" x WHERE x."claimId" = c.id)), '{}'::json)`;

const REVIEWS = `coalesce((SELECT json_agg(json_build_object('reviewer', json_build_object('id', r."reviewerId", 'name', u.name),
    'decision', r.decision, 'claimVersion', r."claimVersion", 'credibility', r.credibility, 'note', r.note,
    'createdAt', ${isoText(`r."createdAt"`)}) ORDER BY r."createdAt", r.id)
  FROM "Review" r JOIN "User" u ON u.id = r."reviewerId" WHERE r."projectId" = c."projectId" AND r."claimId" = c.id), '[]'::json)`;

/** One row per claim with a `record` JSON column, in export order. */
export function recordSql(f: CompiledFilter): string {
  return `SELECT json_build_object(
  'id', c.id, 'type', c.type, 'version', c.version, 'status', c.status,
  'fields', c.fields,
  'attribution', json_build_object('assertedBy', ${entityRef("ea")}, 'reportedBy', CASE WHEN er.id IS NULL THEN NULL ELSE ${entityRef("er")} END,
    'via', ${VIA}, ${attributeJsonPairs("c")}),
  'credibility', c.credibility,
  'evidence', ${EVIDENCE},
  'entities', ${ENTITIES},
  'reviews', ${REVIEWS},
  'createdBy', json_build_object('id', c."createdById", 'name', uc.name),
  'createdAt', ${isoText(`c."createdAt"`)}, 'updatedAt', ${isoText(`c."updatedAt"`)},
  'deprecated', CASE WHEN c."deprecatedAt" IS NULL THEN NULL
    ELSE json_build_object('at', ${isoText(`c."deprecatedAt"`)}, 'by', c."deprecatedById", 'reason', c."deprecationReason") END
) AS record
FROM "Claim" c
JOIN "Entity" ea ON ea."projectId" = c."projectId" AND ea.id = c."assertedById"
LEFT JOIN "Entity" er ON er."projectId" = c."projectId" AND er.id = c."reportedById"
LEFT JOIN "User" uc ON uc.id = c."createdById"
WHERE ${claimConditions(f)}
ORDER BY c."createdAt", c.id`;
}
