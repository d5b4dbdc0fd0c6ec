// A short excerpt around the first place a query's words occur, with the matched words' exact
// offsets in the original text, so a result can link to and highlight the very span.
import { foldWithMap } from "./fold";

export interface Snippet {
  text: string;
  /** Where `text` starts in the original (UTF-16). */
  offset: number;
  /** Matched words, as offsets in the original. */
  matches: { start: number; end: number }[];
}

export function snippetOf(original: string, terms: string[], radius = 90): Snippet | null {
  const { text, origin } = foldWithMap(original);
  const found: { start: number; end: number }[] = [];
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "gu");
    for (const m of text.matchAll(re)) {
      found.push({ start: origin[m.index]!, end: origin[m.index + m[0].length] ?? original.length });
      if (found.length > 50) break;
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const first = found[0]!;
  let from = Math.max(0, first.start - radius);
  let to = Math.min(original.length, first.end + radius);
  // Never cut a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(original[from] ?? "")) from -= 1;
  if (to < original.length && /[\uDC00-\uDFFF]/.test(original[to] ?? "")) to += 1;
  return { text: original.slice(from, to), offset: from, matches: found.filter((m) => m.start >= from && m.end <= to) };
}
