// Writes a checked new claim, its evidence, its entity links and its `claim.created` event in ONE
// statement, so they commit or vanish together (the event joins the project's chain at that
// statement's commit, lib/provenance/append-event.ts), with the publisher's organisation and its
// `entity.created` event first when the claim brings it. Rows are built from JSON by the table's
// own row type (jsonb_populate_record), so every value takes its column's type, enums included.
// The evidence is checked again in the statement: if an annotation was deleted or stopped being
// active since the claim was checked, nothing is written and the answer is undefined.
import type postgres from "postgres";
import type { ProjectAccess } from "../access/authorize-project";
import type { Claim } from "../db/generated/client";
import { sql } from "../db/sql";
import { entitySearchKey } from "../entities/search-key";
import { stagedEvents, type NewEvent } from "../provenance/append-event";
import type { PreparedClaim } from "./check-claim";

/** The Claim columns the API's view reads (all but the search vector). */
const CLAIM_COLUMNS = [
  "id", "projectId", "type", "fields", "status", "version", "assertedById", "reportedById", "via", "stance", "modality", "subjectEntityId",
  "countMin", "countMax", "credibility", "searchText", "createdById", "createdAt", "updatedAt", "deprecatedAt", "deprecatedById", "deprecationReason",
] as const;

/** What an event records of a claim: everything but bookkeeping. */
export function claimSnapshot(p: PreparedClaim) {
  const { entities: _entities, searchText: _searchText, ...rest } = p;
  return rest;
}

export async function writeClaim(access: ProjectAccess, claim: { id: string; prepared: PreparedClaim; newReporter: { id: string; name: string } | null }): Promise<Claim | undefined> {
  const { projectId, userId } = access;
  const { id, prepared, newReporter } = claim;
  const { evidence, entities, ...columns } = prepared;
  const row = { ...columns, id, projectId, createdById: userId };
  const reporters = newReporter
    ? [{ id: newReporter.id, projectId, kind: "organization", name: newReporter.name, aliases: [], wikidataId: null, reliability: null, searchKey: entitySearchKey(newReporter.name, []), createdById: userId }]
    : [];
  const events: Omit<NewEvent, "projectId">[] = [
    ...reporters.map((r) => ({ actorId: userId, type: "entity.created", subjectType: "entity", subjectId: r.id, data: { after: { kind: r.kind, name: r.name, aliases: r.aliases, wikidataId: null, reliability: null } } })),
    { actorId: userId, type: "claim.created", subjectType: "claim", subjectId: id, data: { after: { ...claimSnapshot(prepared), status: "draft", version: 1 } } },
  ];
  const staged = stagedEvents(projectId, events);
  const annotationIds = [...new Set(evidence.map((e) => e.annotationId))];
  const s = sql();
  const json = (value: unknown) => s.json(value as postgres.JSONValue);
  // Column names are this module's own constants, never input.
  const names = (columns: readonly string[]) => s.unsafe(columns.map((c) => `"${c}"`).join(", "));
  const cols = names(Object.keys(row));
  const [written] = await s<Claim[]>`
    WITH guard AS (
      SELECT 1 FROM "Annotation" a
      WHERE a."projectId" = ${projectId} AND a."id" = ANY(${annotationIds}::text[]) AND a."deletedAt" IS NULL AND a."status" = 'active'
      HAVING count(*) = ${annotationIds.length}::int
    ), reporter AS (
      INSERT INTO "Entity" ("id", "projectId", "kind", "name", "aliases", "wikidataId", "reliability", "searchKey", "createdById")
      SELECT r."id", r."projectId", r."kind", r."name", r."aliases", r."wikidataId", r."reliability", r."searchKey", r."createdById"
      FROM jsonb_populate_recordset(NULL::"Entity", ${json(reporters)}::jsonb) r WHERE EXISTS (SELECT 1 FROM guard)
    ), claim AS (
      INSERT INTO "Claim" (${cols})
      SELECT ${cols} FROM jsonb_populate_record(NULL::"Claim", ${json(row)}::jsonb) WHERE EXISTS (SELECT 1 FROM guard)
      RETURNING ${names(CLAIM_COLUMNS)}
    ), evidence AS (
      INSERT INTO "ClaimEvidence" ("projectId", "claimId", "annotationId", "documentId", "position")
      SELECT claim."projectId", claim."id", e."annotationId", e."documentId", e."position"
      FROM claim, jsonb_populate_recordset(NULL::"ClaimEvidence", ${json(evidence)}::jsonb) e
    ), links AS (
      INSERT INTO "ClaimEntity" ("projectId", "claimId", "entityId", "role")
      SELECT claim."projectId", claim."id", l."entityId", l."role"
      FROM claim, jsonb_populate_recordset(NULL::"ClaimEntity", ${json(entities)}::jsonb) l
    ), staged AS (
      INSERT INTO "EventStage" ("projectId", "createdAt", "events")
      SELECT claim."projectId", ${staged.createdAt}::timestamptz, ${json(staged.events)}::jsonb FROM claim
    )
    SELECT * FROM claim`;
  return written;
}
