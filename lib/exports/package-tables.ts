// The tables of the Frictionless data package: what each CSV holds, its columns (typed, for the
// Table Schema) and its query. claims.csv has one row per claim; evidence.csv one per claim and
// span; documents, entities and reviews hold what those rows refer to.
import { CLAIM_COLUMNS, type Column, FIELDS_JSON_COLUMN, QUOTE_COLUMNS, SPAN_COLUMNS } from "./export-columns";
import { claimConditions, claimSql, type CompiledFilter, flatSql, select } from "./export-sql";
import { isoText, literal } from "./sql-text";

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface PackageTable {
  name: string;
  title: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  sql: string;
}

const col = (name: string, type: Column["type"], sql: string, description: string): Column => ({ name, type, sql, description });
const fk = (field: string, resource: string, refField: string): ForeignKey => ({ fields: [field], reference: { resource, fields: [refField] } });

const DOCUMENT_COLUMNS: Column[] = [
  col("document_id", "string", "d.id", "The document version's id."),
  col("lineage_id", "string", `d."lineageId"`, "The first version's id, shared by every version of the source."),
  col("version", "integer", "d.version", "Version within the lineage."),
  col("title", "string", "d.title", "Title."),
  col("source_url", "string", `d."sourceUrl"`, "Where it was captured from."),
  col("publisher", "string", "d.publisher", "Publisher."),
  col("author", "string", "d.author", "Author."),
  col("published_at", "string", `d."publishedAt"`, "Publication date, possibly partial."),
  col("language", "string", "d.language", "Language (BCP 47)."),
  col("captured_at", "datetime", isoText(`d."capturedAt"`), "When it was captured (UTC)."),
  col("sha256", "string", "d.sha256", "sha256 of text (UTF-8)."),
  col("length_utf16", "integer", "d.length", "Length of text in UTF-16 code units."),
  col("text", "string", "d.text", "The exact text every offset refers to."),
];

const ENTITY_COLUMNS: Column[] = [
  col("entity_id", "string", "e.id", "The entity's id."),
  col("kind", "string", "e.kind", "person, organization, place, event or other."),
  col("name", "string", "e.name", "Name."),
  col("aliases", "string", `NULLIF(array_to_string(e.aliases, '; '), '')`, "Other names, joined with '; '."),
  col("wikidata_id", "string", `e."wikidataId"`, "Wikidata item (Q...)."),
  col("reliability", "string", "e.reliability", "Admiralty source reliability, A to F."),
  col("merged_into_id", "string", `e."mergedIntoId"`, "Set when judged the same as another entity."),
];

const REVIEW_COLUMNS: Column[] = [
  col("review_id", "string", "r.id", "The review's id."),
  col("claim_id", "string", `r."claimId"`, "The claim reviewed."),
  col("claim_version", "integer", `r."claimVersion"`, "The version reviewed."),
  col("reviewer_id", "string", `r."reviewerId"`, "The reviewer."),
  col("reviewer_name", "string", "u.name", "Their name."),
  col("decision", "string", "r.decision", "approve, reject, request_changes or dispute."),
  col("credibility", "integer", "r.credibility", "Credibility judged, 1 to 6."),
  col("note", "string", "r.note", "The reviewer's note."),
  col("created_at", "datetime", isoText(`r."createdAt"`), "When (UTC)."),
];

const claimIds = (f: CompiledFilter) => `SELECT c.id FROM "Claim" c WHERE ${claimConditions(f)}`;

export function packageTables(f: CompiledFilter, fieldColumns: readonly Column[]): PackageTable[] {
  const claimColumns = [...CLAIM_COLUMNS, ...fieldColumns, FIELDS_JSON_COLUMN];
  const entityFks = claimColumns.filter((c) => /_by_id$/.test(c.name) && c.name !== "created_by_id").map((c) => fk(c.name, "entities", "entity_id"));
  const fieldEntityFks = fieldColumns.filter((c) => c.entityId).map((c) => fk(c.name, "entities", "entity_id"));
  const evidenceColumns = [col("claim_id", "string", "c.id", "The claim."), ...SPAN_COLUMNS, ...QUOTE_COLUMNS];
  return [
    { name: "claims", title: "Claims", columns: claimColumns, primaryKey: ["claim_id"], foreignKeys: [...entityFks, ...fieldEntityFks], sql: claimSql(f, claimColumns) },
    {
      name: "evidence",
      title: "Evidence spans of each claim",
      columns: evidenceColumns,
      primaryKey: ["claim_id", "evidence_index"],
      foreignKeys: [fk("claim_id", "claims", "claim_id"), fk("document_id", "documents", "document_id")],
      sql: flatSql(f, evidenceColumns),
    },
    {
      name: "documents",
      title: "Documents the evidence is in",
      columns: DOCUMENT_COLUMNS,
      primaryKey: ["document_id"],
      foreignKeys: [],
      sql: `SELECT ${select(DOCUMENT_COLUMNS)} FROM "Document" d WHERE d.id IN (
  SELECT a."documentId" FROM "ClaimEvidence" ev JOIN "Annotation" a ON a.id = ev."annotationId" WHERE ev."claimId" IN (${claimIds(f)}))
ORDER BY d."createdAt", d.id`,
    },
    {
      name: "entities",
      title: "Entities the claims name",
      columns: ENTITY_COLUMNS,
      primaryKey: ["entity_id"],
      foreignKeys: [],
      sql: `SELECT ${select(ENTITY_COLUMNS)} FROM "Entity" e WHERE e."projectId" = ${literal(f.projectId)} AND e.id IN (
  SELECT x."entityId" FROM "ClaimEntity" x WHERE x."claimId" IN (${claimIds(f)}))
ORDER BY e."createdAt", e.id`,
    },
    {
      name: "reviews",
      title: "Reviews of the claims",
      columns: REVIEW_COLUMNS,
      primaryKey: ["review_id"],
      foreignKeys: [fk("claim_id", "claims", "claim_id")],
      sql: `SELECT ${select(REVIEW_COLUMNS)} FROM "Review" r JOIN "User" u ON u.id = r."reviewerId"
WHERE r."projectId" = ${literal(f.projectId)} AND r."claimId" IN (${claimIds(f)})
ORDER BY r."createdAt", r.id`,
    },
  ];
}
