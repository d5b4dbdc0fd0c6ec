// The words a search ranks by: the lexemes of the query as Postgres reads it (web-search syntax,
// folded as the indexed text was), without the excluded ones (querytree() drops NOT parts), so
// each names a posting. Also whether every one of them must occur (no OR left in the query),
// which lets a search count only the items that have them all.
import { db } from "../db/client";
import { tsquery } from "./tsquery";

export interface QueryWords {
  words: string[];
  /** Every word must occur in a match: the query joins its words with AND or in phrases only. */
  allRequired: boolean;
}

/** Reads querytree()'s text: lexemes in single quotes ('' for a quote, \\ for a backslash), operators between. */
export function parseQueryTree(tree: string): QueryWords {
  const words = new Set<string>();
  const operators = tree.replace(/'((?:[^'\\]|''|\\.)*)'/g, (_, body: string) => {
    words.add(body.replace(/''/g, "'").replace(/\\(.)/g, "$1"));
    return " ";
  });
  if (operators.trim() === "T") return { words: [], allRequired: true };
  return { words: [...words].sort(), allRequired: !operators.includes("|") };
}

export async function queryWords(q: string): Promise<QueryWords> {
  const [row] = await db().$queryRaw<{ tree: string }[]>`SELECT querytree(${tsquery(q)}) AS tree`;
  return parseQueryTree(row?.tree ?? "T");
}
