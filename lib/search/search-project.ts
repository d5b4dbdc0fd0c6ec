// Search across a project's sources, annotation quotes, claims and entities with Postgres full-text
// search on folded text (any script), plus numeric search on claim counts. Every query is bound
// to the caller's project; the kinds are searched at once, and their hits merged best first.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { sameEntityIds } from "../entities/get-entity";
import { queryTerms } from "./fold";
import type { SearchHit } from "./hits";
import { queryWords, type QueryWords } from "./query-words";
import { searchAnnotations } from "./search-annotations";
import { searchClaims } from "./search-claims";
import { searchDocuments, type KindResult } from "./search-documents";
import { searchEntities } from "./search-entities";
import type { SearchKind, TSearchQuery } from "./schemas";

async function lineageDocumentIds(projectId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!doc) return [documentId];
  return (await db().document.findMany({ where: { projectId, lineageId: doc.lineageId }, select: { id: true } })).map((d) => d.id);
}

const NONE: KindResult<never> = { hits: [] };
const NO_WORDS: QueryWords = { words: [], allRequired: true };

export async function searchProject(access: ProjectAccess, query: TSearchQuery) {
  const { projectId } = access;
  const q = query.q ?? "";
  const terms = queryTerms(q);
  const kinds = new Set<SearchKind>(query.kinds ?? (q ? ["document", "annotation", "claim", "entity"] : ["claim"]));
  const [docIds, entityIds, words] = await Promise.all([
    query.documentId ? lineageDocumentIds(projectId, query.documentId) : undefined,
    query.entityId ? sameEntityIds(projectId, query.entityId) : undefined,
    q ? queryWords(q) : NO_WORDS,
  ]);
  const claimFilter = query.type || query.status || query.entityId || query.from || query.to || query.countMin !== undefined || query.countMax !== undefined;
  const textKind = (kind: SearchKind) => kinds.has(kind) && q !== "" && !claimFilter;
  const { limit } = query;
  const results = await Promise.all([
    textKind("document") ? searchDocuments(projectId, q, terms, words, docIds, limit) : NONE,
    textKind("annotation") ? searchAnnotations(projectId, q, terms, words, docIds, limit) : NONE,
    kinds.has("claim") ? searchClaims(projectId, query, terms, words, { entityIds, docIds }) : NONE,
    textKind("entity") ? searchEntities(projectId, q, words, limit) : NONE,
  ]);
  const hits = results.flatMap((r): SearchHit[] => r.hits).sort((a, b) => b.rank - a.rank);
  return {
    query: { ...query, terms },
    /** Kinds of which only some matches were ranked: none, since every match is (kept for clients that read it). */
    limited: [] as SearchKind[],
    items: hits.slice(0, limit * kinds.size).map((h) => ({ ...h, rank: Number(h.rank.toFixed(4)) })),
  };
}
