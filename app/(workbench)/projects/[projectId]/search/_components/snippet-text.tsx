// A result's excerpt with the matched words marked; any script, its direction taken from the text.
import type { Snippet } from "@/lib/search/snippet";
import { snippetParts } from "../_lib/snippet-parts";

/** `whole`: the length of the text the snippet was cut from, when known (for the closing "…"). */
export function SnippetText({ snippet, whole }: { snippet: Snippet; whole?: number }) {
  const before = snippet.offset > 0;
  const after = whole !== undefined && snippet.offset + snippet.text.length < whole;
  return (
    <p className="search-snippet" dir="auto">
      {before ? "… " : null}
      {snippetParts(snippet).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      {after ? " …" : null}
    </p>
  );
}
