// The compare page's data: what `compareClaims` gives the API, cut to what the page draws. Each
// group (a subject, after merges) keeps its whole-set figures (claim count, range, independence
// summary), aggregated in the database over every claim; only the first `shown` claims and origins
// come back as rows, with the entities they name. The aggregate passes over every claim of the
// subject (ten thousand, for a big event), so it is kept for the project's current state
// (`cachedAtHead`) with the ids of the rows to show; the shown rows themselves, and the entities
// they name, are read fresh on every request, by key.
import type { ProjectAccess } from "../access/authorize-project";
import { attributeJsonPairs } from "../claims/attributes/attribute-sql";
import type { AttributeValues } from "../claims/attributes/claim-attributes";
import type { TCompareQuery } from "../claims/compare-query";
import type { CompareEvidence } from "../claims/compare-rows";
import { evidenceJsonSql } from "../claims/evidence-json-sql";
import { originatingDocuments } from "../claims/independence";
import type { ClaimStatus } from "../db/generated/enums";
import { sql } from "../db/sql";
import { cachedAtHead } from "../projects/cached-at-head";
import { compareRefs, type CompareRef } from "./compare-refs";

export type { CompareRef };

export type CompareGroupRow = {
  id: string;
  status: ClaimStatus;
  fields: Record<string, unknown>;
  bounds: { min: number | null; max: number | null };
  assertedBy: CompareRef | null;
  reportedBy: CompareRef | null;
  via: (CompareRef | null)[];
} & AttributeValues & {
  deprecated: boolean;
  evidence: { annotationId: string; exact: string; document: { id: string; title: string; publisher: string | null; lineageId: string } | null }[];
};

export interface CompareGroup {
  subject: CompareRef | null;
  /** Every claim of the group; `claims` holds the first `shown` of them. */
  total: number;
  claims: CompareGroupRow[];
  summary: {
    claims: number;
    documents: number;
    independentOrigins: number;
    repeatingDocuments: number;
    /** The first `shown` origins, most documents first (then by id); `independentOrigins` counts them all. */
    origins: { origin: string; claims: number; documents: number; entity: CompareRef | null }[];
    lowest: number | null;
    highest: number | null;
  };
}

type StoredRow = Omit<CompareGroupRow, "assertedBy" | "reportedBy" | "via" | "evidence"> & {
  assertedById: string;
  reportedById: string | null;
  via: string[];
  evidence: CompareEvidence[];
};

/** A group's whole-set figures and the ids of its first `shown` claims: what is kept between requests. */
interface GroupSummary {
  key: string;
  total: number;
  lowest: number | null;
  highest: number | null;
  documents: number;
  independentOrigins: number;
  repeatingDocuments: number;
  origins: { origin: string; claims: number; documents: number }[];
  ids: string[];
}

interface GroupRow {
  key: string;
  total: number;
  lowest: number | null;
  highest: number | null;
  documents: number;
  /** [origin, claims, documents] for every origin of the group. */
  origins: [string, number, number][];
  /** [document lineage, its origins]: what the greedy count of originating documents needs. */
  pairs: [string, string[]][] | null;
  ids: string[];
}

const ATTRIBUTES = attributeJsonPairs("c");
const EVIDENCE = evidenceJsonSql("c");

export async function loadCompareGroups(access: ProjectAccess, query: TCompareQuery, shown: number): Promise<CompareGroup[]> {
  const { projectId } = access;
  const key = JSON.stringify(["compare-groups", query.type, query.status ?? null, query.entityId ?? null, shown]);
  const summaries = await cachedAtHead(projectId, key, () => summariseGroups(projectId, query, shown));
  if (summaries.length === 0) return [];
  const rows = await shownRows(projectId, summaries.flatMap((g) => g.ids));
  const named = summaries.flatMap((g) => [g.key, ...g.origins.map((o) => o.origin)]);
  for (const r of rows.values()) named.push(r.assertedById, ...(r.reportedById ? [r.reportedById] : []), ...r.via);
  const refs = await compareRefs(projectId, named);
  const ref = (id: string | null) => (id ? (refs.get(id) ?? null) : null);

  return summaries.map((g) => ({
    subject: ref(g.key || null),
    total: g.total,
    claims: g.ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const { assertedById, reportedById, via, evidence, ...r } = row;
      return [{
        ...r,
        assertedBy: ref(assertedById),
        reportedBy: ref(reportedById),
        via: via.map((v) => ref(v)),
        evidence: evidence.map((e) => ({ annotationId: e.annotationId, exact: e.exact ?? "", document: e.document })),
      } as CompareGroupRow];
    }),
    summary: {
      claims: g.total,
      documents: g.documents,
      independentOrigins: g.independentOrigins,
      repeatingDocuments: g.repeatingDocuments,
      origins: g.origins.map((o) => ({ ...o, entity: ref(o.origin) })),
      lowest: g.lowest,
      highest: g.highest,
    },
  }));
}

/** The groups' whole-set figures, aggregated over every claim in one statement, in the API's order. */
async function summariseGroups(projectId: string, query: TCompareQuery, shown: number): Promise<GroupSummary[]> {
  const db = sql();
  const status = query.status ? db`AND c.status = ${query.status}::"ClaimStatus"` : db``;
  // The subject and the entities merged into it, read first so that the planner sees the ids (and
  // their claim counts in its statistics) rather than guessing at a subquery.
  const subjectIds = query.entityId
    ? (await db<{ id: string }[]>`
        SELECT id FROM "Entity" WHERE "projectId" = ${projectId} AND ("mergedIntoId" = ${query.entityId} OR ("mergedIntoId" IS NULL AND id = ${query.entityId}))`).map((e) => e.id)
    : undefined;
  if (subjectIds?.length === 0) return [];
  const subject = subjectIds ? db`AND c."subjectEntityId" = ANY(${subjectIds})` : db``;
  // `rn` is the API's order (lowest count first, unknown last, then age); a group comes where its
  // first claim does. Subjects and asserters are taken after merges, as `compareClaims` takes them.
  // `picked` holds only what the aggregates need (ids, keys, counts, the order): every claim of a
  // subject passes through it, and its sorts stay in memory.
  const groups = await db<GroupRow[]>`
    WITH picked AS MATERIALIZED (
      SELECT c.id, c."countMin", c."countMax",
        coalesce(se."mergedIntoId", c."subjectEntityId", '') AS key, coalesce(ae."mergedIntoId", c."assertedById") AS origin,
        row_number() OVER (ORDER BY c."countMin" ASC NULLS LAST, c."createdAt" ASC, c.id) AS rn
      FROM "Claim" c
        LEFT JOIN "Entity" se ON se."projectId" = c."projectId" AND se.id = c."subjectEntityId"
        LEFT JOIN "Entity" ae ON ae."projectId" = c."projectId" AND ae.id = c."assertedById"
      WHERE c."projectId" = ${projectId} AND c.type = ${query.type} ${status} ${subject}
    ),
    -- Distinct (key, origin, document) triples: counting or gathering them needs no DISTINCT (and no sort) again.
    docs AS MATERIALIZED (
      SELECT DISTINCT p.key, p.origin, coalesce(d."lineageId", ev."documentId") AS doc
      FROM picked p
        JOIN "ClaimEvidence" ev ON ev."projectId" = ${projectId} AND ev."claimId" = p.id
        LEFT JOIN "Document" d ON d."projectId" = ${projectId} AND d.id = ev."documentId"
    ),
    totals AS (
      SELECT key, count(*)::int AS total, min("countMin") AS lowest, max(coalesce("countMax", "countMin")) AS highest, min(rn) AS first
      FROM picked GROUP BY key
    ),
    origins AS (
      SELECT o.key, json_agg(json_build_array(o.origin, o.claims, coalesce(d.documents, 0))) AS origins
      FROM (SELECT key, origin, count(*)::int AS claims FROM picked GROUP BY key, origin) o
        LEFT JOIN (SELECT key, origin, count(*)::int AS documents FROM docs GROUP BY key, origin) d USING (key, origin)
      GROUP BY o.key
    ),
    pairs AS (
      SELECT key, count(*)::int AS documents, json_agg(json_build_array(doc, origins)) AS pairs
      FROM (SELECT key, doc, array_agg(origin) AS origins FROM docs GROUP BY key, doc) x
      GROUP BY key
    ),
    ids AS (
      SELECT key, array_agg(id ORDER BY rn) AS ids
      FROM (SELECT p.key, p.id, p.rn, row_number() OVER (PARTITION BY p.key ORDER BY p.rn) AS k FROM picked p) s
      WHERE k <= ${shown}
      GROUP BY key
    )
    SELECT t.key, t.total, t.lowest, t.highest, coalesce(pr.documents, 0) AS documents, o.origins, pr.pairs, i.ids
    FROM totals t JOIN origins o USING (key) JOIN ids i USING (key) LEFT JOIN pairs pr USING (key)
    ORDER BY t.first`;

  return groups.map((g) => {
    const origins = g.origins
      .map(([origin, claims, documents]) => ({ origin, claims, documents }))
      .sort((a, b) => b.documents - a.documents || a.origin.localeCompare(b.origin));
    const pairs = (g.pairs ?? []).flatMap(([doc, of]) => of.map((origin) => ({ origin, documents: [doc] })));
    return {
      key: g.key,
      total: g.total,
      lowest: g.lowest,
      highest: g.highest,
      documents: g.documents,
      independentOrigins: origins.length,
      repeatingDocuments: g.documents - originatingDocuments(pairs),
      origins: origins.slice(0, shown),
      ids: g.ids,
    };
  });
}

/** The shown claims by id, with their evidence; only the columns the rows need (a claim's search vector is wide). */
async function shownRows(projectId: string, ids: string[]): Promise<Map<string, StoredRow>> {
  const rows = await sql()<{ row: StoredRow }[]>`
    SELECT json_build_object(
      'id', c.id, 'status', c.status, 'fields', c.fields, 'bounds', json_build_object('min', c."countMin", 'max', c."countMax"),
      'assertedById', c."assertedById", 'reportedById', c."reportedById", 'via', c.via, ${sql().unsafe(ATTRIBUTES)},
      'deprecated', c."deprecatedAt" IS NOT NULL,
      'evidence', ${sql().unsafe(EVIDENCE)}
    ) AS row
    FROM "Claim" c WHERE c."projectId" = ${projectId} AND c.id = ANY(${ids}::text[])`;
  return new Map(rows.map(({ row }) => [row.id, row]));
}
