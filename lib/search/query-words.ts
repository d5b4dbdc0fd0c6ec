// The words a search ranks by: the lexemes of the query as Postgres reads it (web-search syntax,
// folded as the indexed text was), without the excluded ones (querytree() drops NOT parts), so
// each names a posting. Also whether every one of them must occur (no OR left in the query),
// which lets a search count only the items that have them all, and the pairs of adjacent words
// its phrases require, which let it read only those pairs' postings (see ranked-items.ts).
import { db } from "../db/client";
import { tsquery } from "./tsquery";

export interface QueryWords {
  words: string[];
  /** Every word must occur in a match: the query joins its words with AND or in phrases only. */
  allRequired: boolean;
  /**
   * Words every match holds side by side (`'a' <-> 'b'` in the tree), each pair once. Only read
   * from a tree of nothing but lexemes, AND and phrases, where each such pair is required; empty
   * for any other query, which then ranks by its words' postings alone.
   */
  pairs: [string, string][];
}

const TOKEN = /'((?:[^'\\]|''|\\.)*)'|<->|&|\S/g;

/** Reads querytree()'s text: lexemes in single quotes ('' for a quote, \\ for a backslash), operators between. */
export function parseQueryTree(tree: string): QueryWords {
  if (tree.trim() === "T") return { words: [], allRequired: true, pairs: [] };
  const tokens: ({ word: string } | { op: string })[] = [];
  for (const m of tree.matchAll(TOKEN)) {
    tokens.push(m[1] !== undefined ? { word: m[1].replace(/''/g, "'").replace(/\\(.)/g, "$1") } : { op: m[0] });
  }
  const words = [...new Set(tokens.flatMap((t) => ("word" in t ? [t.word] : [])))].sort();
  const allRequired = !tokens.some((t) => "op" in t && t.op === "|");
  const simple = tokens.every((t) => "word" in t || t.op === "&" || t.op === "<->");
  const pairs = new Map<string, [string, string]>();
  if (simple) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const [a, op, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
      if ("word" in a && "op" in op && op.op === "<->" && "word" in b) pairs.set(JSON.stringify([a.word, b.word]), [a.word, b.word]);
    }
  }
  return { words, allRequired, pairs: [...pairs.values()] };
}

export async function queryWords(q: string): Promise<QueryWords> {
  const [row] = await db().$queryRaw<{ tree: string }[]>`SELECT querytree(${tsquery(q)}) AS tree`;
  return parseQueryTree(row?.tree ?? "T");
}
