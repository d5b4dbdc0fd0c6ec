// The fixed columns of the CSV exports, in order, each with its SQL expression and a description
// that becomes the column's documentation in datapackage.json. The claim's own fields follow them
// (field-columns.ts). Aliases: c Claim, ev ClaimEvidence, a Annotation, d Document, ea/er the
// asserting/reporting Entity, uc/ua the User who created the claim/annotation.
import { attributeSql } from "../claims/attributes/attribute-sql";
import { ATTRIBUTES } from "../claims/attributes/claim-attributes";
import { BUILTIN_TYPES } from "../claims/types/builtin";
import type { CompiledFilter } from "./export-sql";
import { PAGE_END_SQL, PAGE_START_SQL } from "./page-sql";
import { booleanText, isoText, literal } from "./sql-text";

export type ColumnType = "string" | "integer" | "number" | "boolean" | "datetime";

/** A LEFT JOIN a column reads from; joins with the same alias are written once. */
export interface Join {
  alias: string;
  sql: (f: CompiledFilter, claimIds: string) => string;
}

export interface Column {
  name: string;
  type: ColumnType;
  sql: string;
  description: string;
  /** The column holds an entity id (a foreign key into entities.csv in the data package). */
  entityId?: boolean;
  joins?: Join[];
}

const col = (name: string, type: ColumnType, sql: string, description: string, joins?: Join[]): Column => ({ name, type, sql, description, ...(joins ? { joins } : {}) });

// Per-claim aggregates as one grouped pass joined by hash, not a lookup per row.
const REVIEWS: Join = {
  alias: "rv",
  // Sorted once, then aggregated in that order: cheaper than an ORDER BY inside each group.
  sql: (f, claimIds) => `LEFT JOIN (SELECT s."claimId", string_agg(s.line, '; ') AS reviews,
    string_agg(s.name, '; ') FILTER (WHERE s.decision = 'approve') AS approved_by
  FROM (SELECT r."claimId", r.decision, u.name, u.name || ': ' || r.decision || ' (v' || r."claimVersion" || ')' AS line
    FROM "Review" r JOIN "User" u ON u.id = r."reviewerId"
    WHERE r."projectId" = ${literal(f.projectId)} AND r."claimId" IN (${claimIds})
    ORDER BY r."claimId", r."createdAt", r.id) s
  GROUP BY s."claimId") rv ON rv."claimId" = c.id`,
};
const EVIDENCE_COUNT: Join = {
  alias: "en",
  sql: (f, claimIds) => `LEFT JOIN (SELECT x."claimId", count(*) AS n FROM "ClaimEvidence" x
  WHERE x."projectId" = ${literal(f.projectId)} AND x."claimId" IN (${claimIds}) GROUP BY x."claimId") en ON en."claimId" = c.id`,
};

/** One per claim. */
export const CLAIM_COLUMNS: readonly Column[] = [
  col("claim_id", "string", "c.id", "The claim's id (GET /api/v1/claims/{id})."),
  col("claim_type", "string", "c.type", `${Object.keys(BUILTIN_TYPES).join(", ")} or a project-defined type.`),
  col("claim_version", "integer", "c.version", "The claim's version; every edit adds one."),
  col("status", "string", "c.status", "draft, submitted, approved, rejected, changes_requested or disputed."),
  ...ATTRIBUTES.map((a) => col(a.name, "string", attributeSql(a, "c"), a.description)),
  col("credibility", "integer", "c.credibility", "Reviewers' latest credibility judgement, 1 (confirmed) to 6 (cannot be judged)."),
  col("deprecated", "boolean", booleanText(`c."deprecatedAt" IS NOT NULL`), "true when a reviewer withdrew the claim after vetting."),
  col("deprecated_at", "datetime", isoText(`c."deprecatedAt"`), "When it was deprecated (UTC)."),
  col("deprecation_reason", "string", `c."deprecationReason"`, "Why it was deprecated."),
  col("asserted_by_id", "string", "ea.id", "The entity that asserts the claim."),
  col("asserted_by_name", "string", "ea.name", "Its name."),
  col("asserted_by_reliability", "string", "ea.reliability", "Its Admiralty source reliability, A (reliable) to F (cannot be judged)."),
  col("reported_by_id", "string", "er.id", "The entity that reports the assertion (by default the publisher of the evidence's document)."),
  col("reported_by_name", "string", "er.name", "Its name."),
  col("reported_by_reliability", "string", "er.reliability", "Its Admiralty source reliability."),
  col("via_ids", "string", `NULLIF(array_to_string(c.via, ' > '), '')`, "Intermediaries between asserter and reporter, in order, joined with ' > '."),
  col(
    "via_names",
    "string",
    `CASE WHEN cardinality(c.via) > 0 THEN (SELECT string_agg(coalesce((SELECT e.name FROM "Entity" e WHERE e."projectId" = c."projectId" AND e.id = v.id), v.id), ' > ' ORDER BY v.n) FROM unnest(c.via) WITH ORDINALITY v(id, n)) END`,
    "Their names, joined with ' > '.",
  ),
  col("created_by_id", "string", `c."createdById"`, "The user who extracted the claim."),
  col("created_by_name", "string", "uc.name", "Their name."),
  col("created_at", "datetime", isoText(`c."createdAt"`), "When the claim was created (UTC)."),
  col("updated_at", "datetime", isoText(`c."updatedAt"`), "When it last changed (UTC)."),
  col("reviews", "string", "rv.reviews", "Every review, oldest first: 'reviewer: decision (vN)', joined with '; '.", [REVIEWS]),
  col("approved_by", "string", "rv.approved_by", "Reviewers who approved the claim, in the order they did, joined with '; ' (once per approval).", [REVIEWS]),
  col("evidence_count", "integer", "coalesce(en.n, 0)", "How many evidence spans the claim rests on.", [EVIDENCE_COUNT]),
];

/** One per evidence span, identifying the span and where it sits. */
export const SPAN_COLUMNS: readonly Column[] = [
  col("evidence_index", "integer", "ev.position + 1", "The span's place among the claim's evidence, from 1."),
  col("annotation_id", "string", "a.id", "The annotation (span) id."),
  col("annotation_status", "string", `CASE WHEN a."deletedAt" IS NOT NULL THEN 'deleted' ELSE a.status::text END`, "active, orphaned (lost in a new version), retired or deleted."),
  col("annotated_by_id", "string", `a."createdById"`, "The user who marked the span."),
  col("annotated_by_name", "string", "ua.name", "Their name."),
  col("document_id", "string", "d.id", "The document version the offsets refer to (GET /api/v1/documents/{id})."),
];

/** Document details repeated on each row of the flat CSV (the data package keeps them in documents.csv). */
export const DOCUMENT_COLUMNS: readonly Column[] = [
  col("document_title", "string", "d.title", "The document's title."),
  col("document_version", "integer", "d.version", "Its version within its lineage."),
  col("document_source_url", "string", `d."sourceUrl"`, "Where it was captured from."),
  col("document_publisher", "string", "d.publisher", "Who published it."),
  col("document_sha256", "string", "d.sha256", "sha256 of the document's text (UTF-8): the text every offset refers to."),
];

/** The quote and its offsets in both units. */
export const QUOTE_COLUMNS: readonly Column[] = [
  col("quote_exact", "string", "a.exact", "The quoted words, exactly text.slice(start_utf16, end_utf16)."),
  col("quote_prefix", "string", "a.prefix", "Up to 32 UTF-16 units of text before the quote."),
  col("quote_suffix", "string", "a.suffix", "Up to 32 UTF-16 units of text after it."),
  col("start_utf16", "integer", "a.start", "Start offset in UTF-16 code units (JavaScript, the API)."),
  col("end_utf16", "integer", `a."end"`, "End offset (exclusive) in UTF-16 code units."),
  col("start_code_point", "integer", `a."codePointStart"`, "Start offset in Unicode code points (Python, R)."),
  col("end_code_point", "integer", `a."codePointEnd"`, "End offset (exclusive) in code points."),
  col("page_start", "integer", PAGE_START_SQL, "Paged sources (PDF): the physical page, from 1, the quote starts on; empty otherwise."),
  col("page_end", "integer", PAGE_END_SQL, "The physical page the quote ends on (the same as page_start unless it crosses a page break)."),
];

export const FIELDS_JSON_COLUMN: Column = col("fields_json", "string", "c.fields::text", "The claim's fields exactly as stored, as JSON.");
