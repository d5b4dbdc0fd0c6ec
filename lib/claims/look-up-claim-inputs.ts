// What a new claim needs from the project, read in one statement: its evidence's annotations, the
// entities it names and, when it does not name who reported it, the organisation that published
// the first evidence's document (lib/claims/default-reporter.ts does the same inside a transaction).
// A publisher known only by its folded search key costs a second statement; one with no entity
// yet is handed back to be created with the claim.
import { sql } from "../db/sql";
import { newId } from "../ids";
import { entitySearchKey } from "../entities/search-key";
import type { ClaimLookups } from "./check-claim";

type FoundEntity = ClaimLookups["entities"][number];

export interface ClaimInputsFound extends ClaimLookups {
  /** The publisher's organisation when it must be created with the claim (its id is already chosen). */
  newReporter: { id: string; name: string } | null;
}

interface Row {
  annotations: ClaimLookups["annotations"];
  publisher: string | null;
  reporter: FoundEntity | null;
  entities: FoundEntity[];
}

export async function lookUpClaimInputs(projectId: string, request: { evidence: string[]; entityIds: string[]; reportedBy?: string }): Promise<ClaimInputsFound> {
  const s = sql();
  const findReporter = request.reportedBy === undefined;
  const [row] = await s<Row[]>`
    WITH ann AS (
      SELECT a."id", a."documentId", a."status"::text AS "status" FROM "Annotation" a
      WHERE a."projectId" = ${projectId} AND a."id" = ANY(${request.evidence}::text[]) AND a."deletedAt" IS NULL
    ), doc AS (
      SELECT d."publisher" FROM "Document" d
      WHERE ${findReporter}::boolean AND d."projectId" = ${projectId}
        AND d."id" = (SELECT ann."documentId" FROM ann WHERE ann."id" = ${request.evidence[0] ?? ""}::text)
    ), reporter AS (
      SELECT e."id", e."kind"::text AS "kind", e."name", e."aliases" FROM doc
      JOIN "Entity" e ON e."projectId" = ${projectId} AND e."kind" = 'organization' AND e."mergedIntoId" IS NULL
        AND (e."name" = doc."publisher" OR doc."publisher" = ANY(e."aliases"))
      LIMIT 1
    ), named AS (
      SELECT e."id", e."kind"::text AS "kind", e."name", e."aliases" FROM "Entity" e
      WHERE e."projectId" = ${projectId} AND e."id" = ANY(${request.entityIds}::text[])
    )
    SELECT coalesce((SELECT json_agg(ann) FROM ann), '[]'::json) AS "annotations",
      (SELECT doc."publisher" FROM doc) AS "publisher",
      (SELECT row_to_json(reporter) FROM reporter) AS "reporter",
      coalesce((SELECT json_agg(named) FROM named), '[]'::json) AS "entities"`;
  const { annotations, publisher, entities } = row!;
  if (!findReporter || !publisher) return { annotations, entities, reportedById: request.reportedBy ?? null, newReporter: null };
  const reporter = row!.reporter ?? (await reporterBySearchKey(projectId, publisher));
  if (reporter) return { annotations, entities: withEntity(entities, reporter), reportedById: reporter.id, newReporter: null };
  const newReporter = { id: newId("ent"), name: publisher };
  return { annotations, entities: withEntity(entities, { id: newReporter.id, kind: "organization", name: publisher, aliases: [] }), reportedById: newReporter.id, newReporter };
}

/** An organisation whose folded name is the publisher's folded name (another spelling of it). */
async function reporterBySearchKey(projectId: string, publisher: string): Promise<FoundEntity | undefined> {
  const [found] = await sql()<FoundEntity[]>`
    SELECT e."id", e."kind"::text AS "kind", e."name", e."aliases" FROM "Entity" e
    WHERE e."projectId" = ${projectId} AND e."kind" = 'organization' AND e."mergedIntoId" IS NULL AND e."searchKey" = ${entitySearchKey(publisher, [])}
    LIMIT 1`;
  return found;
}

const withEntity = (entities: FoundEntity[], entity: FoundEntity) => (entities.some((e) => e.id === entity.id) ? entities : [...entities, entity]);
