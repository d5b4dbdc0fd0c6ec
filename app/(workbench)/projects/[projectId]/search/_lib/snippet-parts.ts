// A snippet cut into plain and matched pieces, for rendering with <mark>. Match offsets are in the
// original text; the snippet starts at `offset` in it. Overlapping or out-of-range matches are
// clipped, so every character of the snippet appears exactly once.
import type { Snippet } from "@/lib/search/snippet";

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(snippet: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const { text, offset } = snippet;
  let at = 0;
  const matches = [...snippet.matches].sort((a, b) => a.start - b.start);
  for (const m of matches) {
    const start = Math.max(at, m.start - offset);
    const end = Math.min(text.length, m.end - offset);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
