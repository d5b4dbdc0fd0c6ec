// What each kind's search (search-documents, -annotations, -claims, -entities) is given: one shape,
// so the kinds are called alike and a new filter reaches every kind the same way.
import type { QueryWords } from "./query-words";
import type { SearchAfter } from "./search-cursor";

export interface KindSearch {
  projectId: string;
  /** The query as typed (matched with the item's own search vector). */
  q: string;
  /** Its folded terms, for snippets. */
  terms: string[];
  /** Its words, for ranking through the postings (ranked-items.ts). */
  words: QueryWords;
  /** The sources to keep to (every version of one source), or every source. */
  docIds: string[] | undefined;
  /** The entities to keep to (one entity and those merged into it), or every entity. */
  entityIds: string[] | undefined;
  /** How many hits to read: a page and one more. */
  limit: number;
  /** The last hit of the page before, from the cursor; each kind takes its own place after it. */
  after: SearchAfter | undefined;
}
