// Search across a project's sources, annotation quotes, claims and entities with Postgres full-text
// search on folded text (any script), plus numeric search on claim counts. Every query is bound
// to the caller's project.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { sameEntityIds } from "../entities/get-entity";
import { queryTerms } from "./fold";
import type { SearchKind, TSearchQuery } from "./schemas";
import { snippetOf } from "./snippet";

const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('simple'::regconfig, search_fold(${q}))`;

async function lineageDocumentIds(projectId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!doc) return [documentId];
  return (await db().document.findMany({ where: { projectId, lineageId: doc.lineageId }, select: { id: true } })).map((d) => d.id);
}

export async function searchProject(access: ProjectAccess, query: TSearchQuery) {
  const { projectId } = access;
  const q = query.q ?? "";
  const terms = queryTerms(q);
  const numericOnly = !q;
  const kinds = new Set<SearchKind>(query.kinds ?? (numericOnly ? ["claim"] : ["document", "annotation", "claim", "entity"]));
  const docIds = query.documentId ? await lineageDocumentIds(projectId, query.documentId) : undefined;
  const entityIds = query.entityId ? await sameEntityIds(projectId, query.entityId) : undefined;
  const claimFilter = query.type || query.status || query.entityId || query.from || query.to || query.countMin !== undefined || query.countMax !== undefined;
  const { limit } = query;
  const results: { kind: SearchKind; rank: number; item: Record<string, unknown> }[] = [];

  if (kinds.has("document") && q && !claimFilter) {
    const rows = await db().$queryRaw<{ id: string; title: string; text: string; version: number; rank: number }[]>`
      SELECT d.id, d.title, d.text, d.version, ts_rank_cd(d."searchVector", ${tsquery(q)}) AS rank
      FROM "Document" d
      WHERE d."projectId" = ${projectId} AND d."searchVector" @@ ${tsquery(q)}
        ${docIds ? Prisma.sql`AND d.id IN (${Prisma.join(docIds)})` : Prisma.empty}
        AND NOT EXISTS (SELECT 1 FROM "Document" n WHERE n."lineageId" = d."lineageId" AND n.version > d.version)
      ORDER BY rank DESC, d.id LIMIT ${limit}`;
    for (const r of rows) results.push({ kind: "document", rank: r.rank, item: { id: r.id, title: r.title, version: r.version, snippet: snippetOf(r.text, terms) } });
  }
  if (kinds.has("annotation") && q && !claimFilter) {
    const rows = await db().$queryRaw<{ id: string; documentId: string; start: number; end: number; exact: string; note: string | null; title: string; rank: number }[]>`
      SELECT a.id, a."documentId", a.start, a."end", a.exact, a.note, d.title, ts_rank_cd(a."searchVector", ${tsquery(q)}) AS rank
      FROM "Annotation" a JOIN "Document" d ON d.id = a."documentId" AND d."projectId" = a."projectId"
      WHERE a."projectId" = ${projectId} AND a."deletedAt" IS NULL AND a.status = 'active' AND a."searchVector" @@ ${tsquery(q)}
        ${docIds ? Prisma.sql`AND a."documentId" IN (${Prisma.join(docIds)})` : Prisma.empty}
      ORDER BY rank DESC, a.id LIMIT ${limit}`;
    for (const r of rows) results.push({ kind: "annotation", rank: r.rank, item: { id: r.id, documentId: r.documentId, documentTitle: r.title, start: r.start, end: r.end, exact: r.exact, note: r.note, snippet: snippetOf(r.exact, terms) } });
  }
  if (kinds.has("claim")) {
    const rows = await db().$queryRaw<{ id: string; type: string; status: string; countMin: number | null; countMax: number | null; searchText: string; rank: number }[]>`
      SELECT c.id, c.type, c.status::text AS status, c."countMin", c."countMax", c."searchText",
        ${q ? Prisma.sql`ts_rank_cd(c."searchVector", ${tsquery(q)})` : Prisma.sql`0`}::float8 AS rank
      FROM "Claim" c
      WHERE c."projectId" = ${projectId}
        ${q ? Prisma.sql`AND c."searchVector" @@ ${tsquery(q)}` : Prisma.empty}
        ${query.type ? Prisma.sql`AND c.type = ${query.type}` : Prisma.empty}
        ${query.status ? Prisma.sql`AND c.status = ${query.status}::"ClaimStatus"` : Prisma.empty}
        ${query.from ? Prisma.sql`AND c."createdAt" >= ${new Date(query.from)}` : Prisma.empty}
        ${query.to ? Prisma.sql`AND c."createdAt" < ${new Date(new Date(query.to).getTime() + 86_400_000)}` : Prisma.empty}
        ${query.countMax !== undefined ? Prisma.sql`AND c."countMin" IS NOT NULL AND c."countMin" <= ${query.countMax}` : Prisma.empty}
        ${query.countMin !== undefined ? Prisma.sql`AND coalesce(c."countMax", 2147483647) >= ${query.countMin} AND (c."countMin" IS NOT NULL OR c."countMax" IS NOT NULL)` : Prisma.empty}
        ${entityIds ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ClaimEntity" ce WHERE ce."claimId" = c.id AND ce."projectId" = ${projectId} AND ce."entityId" IN (${Prisma.join(entityIds)}))` : Prisma.empty}
        ${docIds ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ClaimEvidence" ev WHERE ev."claimId" = c.id AND ev."projectId" = ${projectId} AND ev."documentId" IN (${Prisma.join(docIds)}))` : Prisma.empty}
      ORDER BY rank DESC, c."countMin" NULLS LAST, c.id LIMIT ${limit}`;
    for (const r of rows) results.push({ kind: "claim", rank: r.rank, item: { id: r.id, type: r.type, status: r.status, count: { min: r.countMin, max: r.countMax }, snippet: q ? snippetOf(r.searchText, terms) : null } });
  }
  if (kinds.has("entity") && q && !claimFilter) {
    const rows = await db().$queryRaw<{ id: string; kind: string; name: string; aliases: string[]; rank: number }[]>`
      SELECT e.id, e.kind::text AS kind, e.name, e.aliases, ts_rank_cd(e."searchVector", ${tsquery(q)}) AS rank
      FROM "Entity" e
      WHERE e."projectId" = ${projectId} AND e."mergedIntoId" IS NULL AND e."searchVector" @@ ${tsquery(q)}
      ORDER BY rank DESC, e.id LIMIT ${limit}`;
    for (const r of rows) results.push({ kind: "entity", rank: r.rank, item: { id: r.id, kind: r.kind, name: r.name, aliases: r.aliases } });
  }
  results.sort((a, b) => b.rank - a.rank);
  return { query: { ...query, terms }, items: results.slice(0, limit * kinds.size).map((r) => ({ kind: r.kind, rank: Number(r.rank.toFixed(4)), ...r.item })) };
}
