// The compare view's rows in one statement: the claims of a type (about the given subjects), each
// with its evidence in order, the quote and the source of each piece. Built as one JSON value in
// the database, because an event can have ten thousand claims and turning that many rows into
// objects one by one costs far more than the query itself.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ClaimStatus, EntityKind } from "../db/generated/enums";
import { attributeJsonPairs } from "./attributes/attribute-sql";
import type { AttributeValues } from "./attributes/claim-attributes";
import { evidenceJsonSql } from "./evidence-json-sql";

export interface CompareEvidence {
  annotationId: string;
  documentId: string;
  exact: string | null;
  document: { id: string; title: string; publisher: string | null; lineageId: string } | null;
}

export type CompareRow = {
  id: string;
  status: ClaimStatus;
  fields: Record<string, unknown>;
  countMin: number | null;
  countMax: number | null;
  assertedById: string;
  reportedById: string | null;
  via: string[];
} & AttributeValues & {
  deprecated: boolean;
  subjectEntityId: string | null;
  evidence: CompareEvidence[];
};

export interface CompareEntity {
  id: string;
  name: string;
  kind: EntityKind;
  reliability: string | null;
  mergedIntoId: string | null;
}

export async function compareEntities(projectId: string): Promise<CompareEntity[]> {
  const [row] = await db().$queryRaw<{ entities: CompareEntity[] }[]>`
    SELECT coalesce(json_agg(json_build_object('id', e.id, 'name', e.name, 'kind', e.kind, 'reliability', e.reliability, 'mergedIntoId', e."mergedIntoId")), '[]') AS entities
    FROM "Entity" e WHERE e."projectId" = ${projectId}`;
  return row?.entities ?? [];
}

const ATTRIBUTES = Prisma.raw(attributeJsonPairs("c"));
const EVIDENCE = Prisma.raw(evidenceJsonSql("c"));

/** Claims ordered by their lowest count (unknown last), then by age. */
export async function compareRows(projectId: string, filter: { type: string; status?: ClaimStatus | undefined; subjectIds?: string[] | undefined }): Promise<CompareRow[]> {
  const [row] = await db().$queryRaw<{ claims: CompareRow[] }[]>`
    SELECT coalesce(json_agg(json_build_object(
      'id', c.id, 'status', c.status, 'fields', c.fields, 'countMin', c."countMin", 'countMax', c."countMax",
      'assertedById', c."assertedById", 'reportedById', c."reportedById", 'via', c.via, ${ATTRIBUTES},
      'deprecated', c."deprecatedAt" IS NOT NULL, 'subjectEntityId', c."subjectEntityId",
      'evidence', ${EVIDENCE}
    ) ORDER BY c."countMin" ASC NULLS LAST, c."createdAt" ASC), '[]') AS claims
    FROM "Claim" c
    WHERE c."projectId" = ${projectId} AND c.type = ${filter.type}
      ${filter.status ? Prisma.sql`AND c.status = ${filter.status}::"ClaimStatus"` : Prisma.empty}
      ${filter.subjectIds ? (filter.subjectIds.length ? Prisma.sql`AND c."subjectEntityId" IN (${Prisma.join(filter.subjectIds)})` : Prisma.sql`AND false`) : Prisma.empty}`;
  return row?.claims ?? [];
}
