// The export queries, as text (COPY takes no parameters; see sql-text.ts). One filter and one
// order serve every format: claims by creation time then id, evidence by its position.
import { CLAIM_COLUMNS, type Column, DOCUMENT_COLUMNS, FIELDS_JSON_COLUMN, QUOTE_COLUMNS, SPAN_COLUMNS } from "./export-columns";
import { ident, literal, literalList } from "./sql-text";

/** A filter whose ids were checked against the project and expanded (document versions, merged entities). */
export interface CompiledFilter {
  projectId: string;
  /** null: every status. */
  statuses: string[] | null;
  types: string[];
  documentIds: string[];
  entityIds: string[];
  /** Inclusive lower and exclusive upper bound of Claim.createdAt, as ISO instants. */
  createdFrom: string | null;
  createdBefore: string | null;
  excludeDeprecated: boolean;
}

/** Conditions on `c` (Claim). */
export function claimConditions(f: CompiledFilter): string {
  const conditions = [`c."projectId" = ${literal(f.projectId)}`];
  if (f.statuses) conditions.push(`c.status IN ${literalList(f.statuses)}`);
  if (f.types.length) conditions.push(`c.type IN ${literalList(f.types)}`);
  if (f.createdFrom) conditions.push(`c."createdAt" >= ${literal(f.createdFrom)}::timestamptz`);
  if (f.createdBefore) conditions.push(`c."createdAt" < ${literal(f.createdBefore)}::timestamptz`);
  if (f.excludeDeprecated) conditions.push(`c."deprecatedAt" IS NULL`);
  if (f.documentIds.length) {
    conditions.push(`EXISTS (SELECT 1 FROM "ClaimEvidence" x WHERE x."claimId" = c.id AND x."documentId" IN ${literalList(f.documentIds)})`);
  }
  if (f.entityIds.length) {
    conditions.push(`EXISTS (SELECT 1 FROM "ClaimEntity" x WHERE x."claimId" = c.id AND x."entityId" IN ${literalList(f.entityIds)})`);
  }
  return conditions.join("\n  AND ");
}

const CLAIM_JOINS = `JOIN "Entity" ea ON ea."projectId" = c."projectId" AND ea.id = c."assertedById"
LEFT JOIN "Entity" er ON er."projectId" = c."projectId" AND er.id = c."reportedById"
LEFT JOIN "User" uc ON uc.id = c."createdById"`;

const EVIDENCE_JOINS = `JOIN "ClaimEvidence" ev ON ev."claimId" = c.id
JOIN "Annotation" a ON a."projectId" = c."projectId" AND a.id = ev."annotationId"
JOIN "Document" d ON d.id = a."documentId"
LEFT JOIN "User" ua ON ua.id = a."createdById"`;

export const select = (columns: readonly Column[]) => columns.map((c) => `${c.sql} AS ${ident(c.name)}`).join(",\n  ");

/** The ids of the claims the filter selects, as a subquery. */
export const claimIdsSql = (f: CompiledFilter) => `SELECT c.id FROM "Claim" c WHERE ${claimConditions(f)}`;

/** The joins the columns read from, each once, in the order first needed. */
export function columnJoins(f: CompiledFilter, columns: readonly Column[]): string {
  const joins = new Map<string, string>();
  for (const j of columns.flatMap((c) => c.joins ?? [])) if (!joins.has(j.alias)) joins.set(j.alias, j.sql(f, claimIdsSql(f)));
  return [...joins.values()].join("\n");
}

/** The flat CSV's columns: one row per claim and evidence span. */
export function flatColumns(fieldColumns: readonly Column[]): Column[] {
  return [...CLAIM_COLUMNS, ...SPAN_COLUMNS, ...DOCUMENT_COLUMNS, ...QUOTE_COLUMNS, ...fieldColumns, FIELDS_JSON_COLUMN];
}

/** One row per claim × evidence span, claims in creation order, spans in their order. */
export function flatSql(f: CompiledFilter, columns: readonly Column[]): string {
  return `SELECT
  ${select(columns)}
FROM "Claim" c
${CLAIM_JOINS}
${EVIDENCE_JOINS}
${columnJoins(f, columns)}
WHERE ${claimConditions(f)}
ORDER BY c."createdAt", c.id, ev.position`;
}

/** One row per claim (the data package's claims.csv). */
export function claimSql(f: CompiledFilter, columns: readonly Column[]): string {
  return `SELECT
  ${select(columns)}
FROM "Claim" c
${CLAIM_JOINS}
${columnJoins(f, columns)}
WHERE ${claimConditions(f)}
ORDER BY c."createdAt", c.id`;
}

export function copyCsv(query: string): string {
  return `COPY (${query}) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`;
}

/**
 * Per claim type, how many claims and claim × evidence rows the filter selects, in one pass.
 * Evidence positions run from 0, so each claim has exactly one row at position 0.
 */
export function countByTypeSql(f: CompiledFilter): string {
  return `SELECT c.type, count(*) FILTER (WHERE ev.position = 0)::int AS claims, count(*)::int AS rows
FROM "Claim" c JOIN "ClaimEvidence" ev ON ev."claimId" = c.id
WHERE ${claimConditions(f)}
GROUP BY c.type ORDER BY c.type`;
}

/** What a data package or release holds besides claims: documents, entities and reviews. */
export function contentCountsSql(f: CompiledFilter): string {
  const ids = `SELECT c.id FROM "Claim" c WHERE ${claimConditions(f)}`;
  return `SELECT
  (SELECT count(DISTINCT a."documentId") FROM "ClaimEvidence" ev JOIN "Annotation" a ON a.id = ev."annotationId" WHERE ev."claimId" IN (${ids}))::int AS documents,
  (SELECT count(DISTINCT x."entityId") FROM "ClaimEntity" x WHERE x."claimId" IN (${ids}))::int AS entities,
  (SELECT count(*) FROM "Review" r WHERE r."projectId" = ${literal(f.projectId)} AND r."claimId" IN (${ids}))::int AS reviews`;
}
