// Search across a project's sources, annotation quotes, claims and entities with Postgres full-text
// search on folded text (any script), plus numeric search on claim counts. Every query is bound
// to the caller's project; the kinds are searched at once, and their hits merged best first. A
// page holds up to `limit` hits of each kind; its cursor names where each kind with more left off.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { sameEntityIds } from "../entities/get-entity";
import { queryTerms } from "./fold";
import type { SearchHit } from "./hits";
import { queryWords, type QueryWords } from "./query-words";
import { searchAnnotations } from "./search-annotations";
import { searchClaims } from "./search-claims";
import { decodeSearchCursor, encodeSearchCursor, rankKey, type SearchCursor, type SearchKey } from "./search-cursor";
import { searchDocuments, type KindResult } from "./search-documents";
import { searchEntities } from "./search-entities";
import type { SearchKind, TSearchQuery } from "./schemas";

async function lineageDocumentIds(projectId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!doc) return [documentId];
  return (await db().document.findMany({ where: { projectId, lineageId: doc.lineageId }, select: { id: true } })).map((d) => d.id);
}

const NONE: KindResult<never> = { hits: [], more: false };
const NO_WORDS: QueryWords = { words: [], allRequired: true, pairs: [] };

/** Where the next page of a kind starts: its last hit's key (claims found by count alone: their lowest count). */
function keyOf(hit: SearchHit, byCount: boolean): SearchKey {
  return [hit.kind === "claim" && byCount ? hit.count.min : hit.rank, hit.id];
}

export async function searchProject(access: ProjectAccess, query: TSearchQuery) {
  const { projectId } = access;
  const q = query.q ?? "";
  const terms = queryTerms(q);
  const cursor = decodeSearchCursor(query.cursor);
  const kinds = new Set<SearchKind>(query.kinds ?? (q ? ["document", "annotation", "claim", "entity"] : ["claim"]));
  // On a later page, only the kinds the cursor says have more.
  const wanted = (kind: SearchKind) => kinds.has(kind) && (!cursor || cursor[kind] !== undefined);
  const [docIds, entityIds, words] = await Promise.all([
    query.documentId ? lineageDocumentIds(projectId, query.documentId) : undefined,
    query.entityId ? sameEntityIds(projectId, query.entityId) : undefined,
    q ? queryWords(q) : NO_WORDS,
  ]);
  const claimFilter = query.type || query.status || query.entityId || query.from || query.to || query.countMin !== undefined || query.countMax !== undefined;
  const textKind = (kind: SearchKind) => wanted(kind) && q !== "" && !claimFilter;
  const { limit } = query;
  const results = await Promise.all([
    textKind("document") ? searchDocuments(projectId, q, terms, words, docIds, limit, rankKey(cursor?.document)) : NONE,
    textKind("annotation") ? searchAnnotations(projectId, q, terms, words, docIds, limit, rankKey(cursor?.annotation)) : NONE,
    wanted("claim") ? searchClaims(projectId, query, terms, words, { entityIds, docIds }, cursor?.claim) : NONE,
    textKind("entity") ? searchEntities(projectId, q, words, limit, rankKey(cursor?.entity)) : NONE,
  ]);
  const next: SearchCursor = {};
  for (const r of results) {
    const last = r.hits.at(-1);
    if (r.more && last) next[last.kind] = keyOf(last, q === "");
  }
  const hits = results.flatMap((r): SearchHit[] => r.hits).sort((a, b) => b.rank - a.rank);
  return {
    query: { ...query, terms },
    /** Kinds of which only some matches were ranked: none, since every match is (kept for clients that read it). */
    limited: [] as SearchKind[],
    items: hits.map((h) => ({ ...h, rank: Number(h.rank.toFixed(4)) })),
    /** The next page (up to `limit` more of each kind that has more), or null on the last. */
    nextCursor: encodeSearchCursor(next),
  };
}
