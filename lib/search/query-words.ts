// The words a search ranks by: the query's words that are not excluded (-word), as the indexed
// text's words are made (folded, then split by the same text parser), so each names a posting.
// Also whether every one of them must occur (no OR in the query), which lets a search count only
// the items that have them all.
import { db } from "../db/client";

export interface QueryWords {
  words: string[];
  /** Every word must occur in a match: the query joins its words with AND or in phrases only. */
  allRequired: boolean;
}

export async function queryWords(q: string): Promise<QueryWords> {
  const positive = q.replace(/(^|\s)-\S+/g, " ").replace(/(^|[\s"()])or(?=[\s"()]|$)/gi, " ");
  const [row] = await db().$queryRaw<{ words: string[] }[]>`
    SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}') AS words
    FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, search_fold(${positive})))) w`;
  return { words: row?.words ?? [], allRequired: !/(^|[\s"()])or(?=[\s"()]|$)/i.test(q) };
}
