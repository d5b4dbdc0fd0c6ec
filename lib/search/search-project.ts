// Search across a project's sources, annotation quotes, claims and entities with Postgres full-text
// search on folded text (any script), plus numeric search on claim counts. Every query is bound
// to the caller's project; the kinds are searched at once and their hits listed as one list, best
// first (rank, then kind, then id), `limit` to a page, its cursor naming the last hit shown.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { sameEntityIds } from "../entities/get-entity";
import { queryTerms } from "./fold";
import type { Candidate, SearchHit } from "./hits";
import { queryWords, type QueryWords } from "./query-words";
import { searchAnnotations } from "./search-annotations";
import { searchClaims } from "./search-claims";
import type { KindSearch } from "./kind-search";
import { decodeSearchCursor, encodeSearchCursor, type SearchAfter } from "./search-cursor";
import { searchDocuments } from "./search-documents";
import { searchEntities } from "./search-entities";
import { SEARCH_KINDS, type SearchKind, type TSearchQuery } from "./schemas";

async function lineageDocumentIds(projectId: string, documentId: string): Promise<string[]> {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId }, select: { lineageId: true } });
  if (!doc) return [documentId];
  return (await db().document.findMany({ where: { projectId, lineageId: doc.lineageId }, select: { id: true } })).map((d) => d.id);
}

const NONE: Promise<Candidate[]> = Promise.resolve([]);
const NO_WORDS: QueryWords = { words: [], allRequired: true, pairs: [] };

/** Best first: rank, then kind; within a kind the database's own order (id), which a stable sort keeps. */
const byRankThenKind = (a: Candidate, b: Candidate) => b.rank - a.rank || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind);

function keyOf(hit: SearchHit, byCount: boolean): SearchAfter {
  return byCount && hit.kind === "claim" ? { by: "count", count: hit.count.min, id: hit.id } : { by: "rank", rank: hit.rank, kind: hit.kind, id: hit.id };
}

export async function searchProject(access: ProjectAccess, query: TSearchQuery) {
  const { projectId } = access;
  const q = query.q ?? "";
  const terms = queryTerms(q);
  const after = decodeSearchCursor(query.cursor);
  const kinds = new Set<SearchKind>(query.kinds ?? (q ? ["document", "annotation", "claim", "entity"] : ["claim"]));
  const [docIds, entityIds, words] = await Promise.all([
    query.documentId ? lineageDocumentIds(projectId, query.documentId) : undefined,
    query.entityId ? sameEntityIds(projectId, query.entityId) : undefined,
    q ? queryWords(q) : NO_WORDS,
  ]);
  const claimFilter = query.type || query.status || query.entityId || query.from || query.to || query.countMin !== undefined || query.countMax !== undefined;
  const textKind = (kind: SearchKind) => kinds.has(kind) && q !== "" && !claimFilter;
  // One more than a page of each kind: the page's hits are among them, and whether more follow.
  const search: KindSearch = { projectId, q, terms, words, docIds, entityIds, limit: query.limit + 1, after };
  const candidates = (
    await Promise.all([
      textKind("document") ? searchDocuments(search) : NONE,
      textKind("annotation") ? searchAnnotations(search) : NONE,
      kinds.has("claim") ? searchClaims(search, query) : NONE,
      textKind("entity") ? searchEntities(search) : NONE,
    ])
  )
    .flat()
    .sort(byRankThenKind);
  const items = candidates.slice(0, query.limit).map((c) => c.hit());
  const last = items.at(-1);
  return {
    query: { ...query, terms },
    /** Kinds of which only some matches were ranked: none, since every match is (kept for clients that read it). */
    limited: [] as SearchKind[],
    items: items.map((h) => ({ ...h, rank: Number(h.rank.toFixed(4)) })),
    /** The page after this one, or null on the last. */
    nextCursor: candidates.length > query.limit && last ? encodeSearchCursor(keyOf(last, q === "")) : null,
  };
}
