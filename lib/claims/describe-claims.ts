// What a page shows beside a list of claims: the entities they name (resolved through merges),
// each entity's role in each claim, and the evidence spans with their quotes and documents. One
// statement for all three: a page of a hundred claims used to wait on three round trips (four with
// the merged entities' survivors), each mapped by the ORM.
import type { ProjectAccess } from "../access/authorize-project";
import { type EvidenceRow, type EvidenceSpan, evidenceSpan } from "../annotations/get-evidence-spans";
import { sql } from "../db/sql";
import { type EntityRef, entityRef } from "../entities/get-entity-refs";
import type { ClaimView } from "./claim-view";

export type { EntityRef, EvidenceSpan };

export interface ClaimDetails {
  /** Every entity the claim names and as what: asserted_by, reported_by, via, field:<name>. */
  roles: { entityId: string; role: string }[];
  evidence: EvidenceSpan[];
}

type EntityRow = { id: string; name: string; kind: string; reliability: string | null };

interface Described {
  /** [claim id, entity id, role] */
  roles: [string, string, string][];
  spans: EvidenceRow[];
  entities: (EntityRow & { survivor: EntityRow | null })[];
}

export async function describeClaims(access: ProjectAccess, claims: readonly ClaimView[]) {
  const { projectId } = access;
  if (claims.length === 0) return { entities: {} as Record<string, EntityRef>, details: {} as Record<string, ClaimDetails> };
  const claimIds = claims.map((c) => c.id);
  const annotationIds = [...new Set(claims.flatMap((c) => c.evidence))];
  const named = new Set<string>();
  for (const c of claims) {
    for (const id of [c.attribution.assertedBy, c.attribution.reportedBy, c.subjectEntityId, ...c.attribution.via]) if (id) named.add(id);
  }
  // The entities named are the claims' own plus those their role rows name, so the roles are read
  // once, as a CTE both the answer and the entity lookup use.
  const [row] = await sql()<Described[]>`
    WITH roles AS (
      SELECT "claimId", "entityId", role FROM "ClaimEntity" WHERE "projectId" = ${projectId} AND "claimId" = ANY(${claimIds}::text[])
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_array("claimId", "entityId", role)), '[]') FROM roles) AS roles,
      (SELECT coalesce(json_agg(json_build_object(
          'id', a.id, 'documentId', a."documentId", 'start', a.start, 'end', a."end", 'exact', a.exact, 'status', a.status::text,
          'deleted', a."deletedAt" IS NOT NULL, 'title', d.title, 'publisher', d.publisher, 'pages', d.pages)), '[]')
        FROM "Annotation" a LEFT JOIN "Document" d ON d."projectId" = a."projectId" AND d.id = a."documentId"
        WHERE a."projectId" = ${projectId} AND a.id = ANY(${annotationIds}::text[])) AS spans,
      (SELECT coalesce(json_agg(json_build_object(
          'id', e.id, 'name', e.name, 'kind', e.kind::text, 'reliability', e.reliability,
          'survivor', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name, 'kind', s.kind::text, 'reliability', s.reliability) END)), '[]')
        FROM "Entity" e LEFT JOIN "Entity" s ON s."projectId" = e."projectId" AND s.id = e."mergedIntoId"
        WHERE e."projectId" = ${projectId} AND e.id = ANY(ARRAY(SELECT "entityId" FROM roles) || ${[...named]}::text[])) AS entities`;
  const { roles, spans, entities: rows } = row!;
  const entities: Record<string, EntityRef> = {};
  for (const e of rows) entities[e.id] = entityRef(e, e.survivor ?? undefined);
  const found = new Map(spans.map((a) => [a.id, a]));
  const byClaim = new Map<string, ClaimDetails["roles"]>();
  for (const [claimId, entityId, role] of roles) byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), { entityId, role }]);
  const details: Record<string, ClaimDetails> = {};
  for (const c of claims) {
    details[c.id] = { roles: byClaim.get(c.id) ?? [], evidence: c.evidence.map((id) => evidenceSpan(id, found.get(id))) };
  }
  return { entities, details };
}
export type DescribedClaims = Awaited<ReturnType<typeof describeClaims>>;
