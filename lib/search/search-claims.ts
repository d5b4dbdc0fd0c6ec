// Claims whose fields or entity names contain the words, and/or whose count range overlaps the
// asked range, filtered by type, status, entity (merged ones included), source and creation date.
// With words: every match ranked (see ranked-items.ts); counts only: lowest count first.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Candidate, ClaimHit } from "./hits";
import type { KindSearch } from "./kind-search";
import { eachItem, rankedItems } from "./ranked-items";
import { badSearchCursor, kindAfter, type SearchAfter } from "./search-cursor";
import type { TSearchQuery } from "./schemas";
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

/** Claims after a count-only page's last one, in (lowest count, nulls last; id) order. */
function afterCount(after: SearchAfter | undefined): Prisma.Sql {
  if (!after) return Prisma.empty;
  if (after.by !== "count") throw badSearchCursor();
  const { count, id } = after;
  return count === null
    ? Prisma.sql`AND c."countMin" IS NULL AND c.id > ${id}`
    : Prisma.sql`AND (c."countMin" > ${count} OR (c."countMin" = ${count} AND c.id > ${id}) OR c."countMin" IS NULL)`;
}

/** The claim filters (type, status, dates, counts) come from the query beside the common search. */
export async function searchClaims({ projectId, q, terms, words, docIds, entityIds, limit, after }: KindSearch, query: TSearchQuery): Promise<Candidate<ClaimHit>[]> {
  const where = filters(projectId, query, entityIds, docIds);
  if (q && words.words.length === 0) return [];
  const rows = q
    ? await db().$queryRaw<Row[]>(Prisma.sql`
        SELECT c.id, c.type, c.status, c."countMin", c."countMax", c."searchText", r.rank
        FROM ${rankedItems(projectId, "c", words, kindAfter("claim", after))} r
        ${eachItem(Prisma.sql`
          SELECT c.id, c.type, c.status::text AS status, c."countMin", c."countMax", c."searchText" FROM "Claim" c
          WHERE c.id = r.id AND c."projectId" = ${projectId} AND c."searchVector" @@ ${tsquery(q)} ${where}`)} c
        ORDER BY r.rank DESC, r.id
        LIMIT ${limit}`)
    : await db().$queryRaw<Row[]>`
        SELECT c.id, c.type, c.status::text AS status, c."countMin", c."countMax", c."searchText", 0 AS rank
        FROM "Claim" c
        WHERE c."projectId" = ${projectId} ${where} ${afterCount(after)}
        ORDER BY c."countMin" NULLS LAST, c.id LIMIT ${limit}`;
  return rows.map((r) => ({
    kind: "claim",
    rank: r.rank,
    id: r.id,
    hit: (): ClaimHit => {
      const text = readableClaimText(r.searchText);
      return { kind: "claim", rank: r.rank, id: r.id, type: r.type, status: r.status, count: { min: r.countMin, max: r.countMax }, text, snippet: q ? snippetOf(text, terms) : null };
    },
  }));
}
