// Claims whose fields or entity names contain the words, and/or whose count range overlaps the
// asked range, filtered by type, status, entity (merged ones included), source and creation date.
// With words: the best RANK_WINDOW found, ranked; counts only: lowest count first.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { ClaimHit } from "./hits";
import { RANK_WINDOW, withIndexScans } from "./ranked-window";
import type { TSearchQuery } from "./schemas";
import type { KindResult } from "./search-documents";
import { snippetOf } from "./snippet";
import { inIds, tsquery } from "./tsquery";

interface Row {
  id: string;
  type: string;
  status: string;
  countMin: number | null;
  countMax: number | null;
  searchText: string;
  rank: number;
  matches: bigint;
}

/** The search text without entity ids (which it holds beside the names), one value after another. */
export function readableClaimText(searchText: string): string {
  return searchText
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^[a-z]{3}_[A-Za-z0-9_-]+$/.test(line))
    .join(" · ");
}

function filters(projectId: string, query: TSearchQuery, entityIds: string[] | undefined, docIds: string[] | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.type) parts.push(Prisma.sql`AND c.type = ${query.type}`);
  if (query.status) parts.push(Prisma.sql`AND c.status = ${query.status}::"ClaimStatus"`);
  if (query.from) parts.push(Prisma.sql`AND c."createdAt" >= ${new Date(query.from)}`);
  if (query.to) parts.push(Prisma.sql`AND c."createdAt" < ${new Date(new Date(query.to).getTime() + 86_400_000)}`);
  if (query.countMax !== undefined) parts.push(Prisma.sql`AND c."countMin" IS NOT NULL AND c."countMin" <= ${query.countMax}`);
  if (query.countMin !== undefined) {
    parts.push(Prisma.sql`AND coalesce(c."countMax", 2147483647) >= ${query.countMin} AND (c."countMin" IS NOT NULL OR c."countMax" IS NOT NULL)`);
  }
  if (entityIds) {
    parts.push(Prisma.sql`AND EXISTS (SELECT 1 FROM "ClaimEntity" ce WHERE ce."claimId" = c.id AND ce."projectId" = ${projectId} ${inIds(Prisma.sql`ce."entityId"`, entityIds)})`);
  }
  if (docIds) {
    parts.push(Prisma.sql`AND EXISTS (SELECT 1 FROM "ClaimEvidence" ev WHERE ev."claimId" = c.id AND ev."projectId" = ${projectId} ${inIds(Prisma.sql`ev."documentId"`, docIds)})`);
  }
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

export async function searchClaims(
  projectId: string,
  query: TSearchQuery,
  terms: string[],
  ids: { entityIds: string[] | undefined; docIds: string[] | undefined },
): Promise<KindResult<ClaimHit>> {
  const q = query.q ?? "";
  const where = filters(projectId, query, ids.entityIds, ids.docIds);
  const rows = q
    ? await withIndexScans<Row>(Prisma.sql`
        WITH found AS MATERIALIZED (
          SELECT c.id, c."countMin", ts_rank_cd(c."searchVector", ${tsquery(q)})::float8 AS rank
          FROM "Claim" c
          WHERE c."projectId" = ${projectId} AND c."searchVector" @@ ${tsquery(q)} ${where}
          LIMIT ${RANK_WINDOW + 1}),
        best AS (SELECT id, rank FROM found ORDER BY rank DESC, "countMin" NULLS LAST, id LIMIT ${query.limit})
        SELECT c.id, c.type, c.status::text AS status, c."countMin", c."countMax", c."searchText", best.rank, (SELECT count(*) FROM found) AS matches
        FROM best JOIN "Claim" c ON c.id = best.id AND c."projectId" = ${projectId}
        ORDER BY best.rank DESC, c."countMin" NULLS LAST, c.id`)
    : await db().$queryRaw<Row[]>`
        SELECT c.id, c.type, c.status::text AS status, c."countMin", c."countMax", c."searchText", 0::float8 AS rank, 0::bigint AS matches
        FROM "Claim" c
        WHERE c."projectId" = ${projectId} ${where}
        ORDER BY c."countMin" NULLS LAST, c.id LIMIT ${query.limit}`;
  return {
    hits: rows.map((r) => {
      const text = readableClaimText(r.searchText);
      return { kind: "claim", rank: r.rank, id: r.id, type: r.type, status: r.status, count: { min: r.countMin, max: r.countMax }, text, snippet: q ? snippetOf(text, terms) : null };
    }),
    limited: Number(rows[0]?.matches ?? 0) > RANK_WINDOW,
  };
}
