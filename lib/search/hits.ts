// What a search returns, one shape per kind of result, so pages and clients can rely on the fields.
// Results of every kind come in one list, best first; `rank` is how often the query's words occur
// in the hit, summed over the words (0 when only a count range was asked for).
import type { Snippet } from "./snippet";

/** A source (its newest version): the snippet's offsets are in the source's text. */
export interface DocumentHit {
  kind: "document";
  rank: number;
  id: string;
  title: string;
  version: number;
  /** The text's length (UTF-16), so a reader of the snippet knows whether more follows. */
  length: number;
  snippet: Snippet | null;
  /** Paged sources (PDF): the physical page of the snippet's first match. */
  page?: number;
}

/** An annotation: `start`/`end` are its span in the source; the snippet's offsets are in `exact`. */
export interface AnnotationHit {
  kind: "annotation";
  rank: number;
  id: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  exact: string;
  note: string | null;
  snippet: Snippet | null;
  /** Paged sources (PDF): the physical page the quote starts on. */
  page?: number;
}

/** A claim: `text` is what it says (field values and entity names, " · " between them); the snippet's offsets are in it. */
export interface ClaimHit {
  kind: "claim";
  rank: number;
  id: string;
  type: string;
  status: string;
  count: { min: number | null; max: number | null };
  text: string;
  snippet: Snippet | null;
}

export interface EntityHit {
  kind: "entity";
  rank: number;
  id: string;
  entityKind: string;
  name: string;
  aliases: string[];
}

export type SearchHit = DocumentHit | AnnotationHit | ClaimHit | EntityHit;

/**
 * A hit before the page is cut: its place in the order (rank, kind, id) and how to make it, so
 * excerpts are only made for the hits a page keeps.
 */
export interface Candidate<T extends SearchHit = SearchHit> {
  kind: T["kind"];
  rank: number;
  id: string;
  hit: () => T;
}
