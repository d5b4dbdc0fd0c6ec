// Other places an anchor's words might have gone: exact occurrences of the quote, and where moved text went.
import type { Alignment } from "../diff/alignment";
import type { MovedText } from "../diff/moved-text";
import { findAll } from "../resolve-quote";
import type { AnchorQuote } from "../types";
import { scorePlacement, tidyEdges, type Placement } from "./placement";

// Places mostly traced by the diff to other old text are skipped before scoring (they could never be taken): in a
// long text a common quote occurs thousands of times, nearly all kept in place.
const MAX_FOREIGN = 0.5;

/** A place found by search; `moved` when the diff of moved text also points there (positional evidence). */
export type Found = Placement & { moved: boolean };

export function findCandidates(alignment: Alignment, movedText: MovedText, old: AnchorQuote): Found[] {
  const { newText } = alignment;
  const places: [number, number][] = findAll(newText, old.exact).map((s) => [s, s + old.exact.length]);
  const mapped = movedText.map(old.start, old.end);
  const moved = mapped && tidyEdges(alignment, old, mapped[0], mapped[1]);
  if (moved) places.push(moved);
  const seen = new Set<string>();
  const out: Found[] = [];
  for (const [s, e] of places) {
    const key = `${s}:${e}`;
    if (e <= s || seen.has(key)) continue;
    seen.add(key);
    if (alignment.foreignShare(s, e, old.start, old.end) > MAX_FOREIGN) continue;
    out.push({ ...scorePlacement(newText, old, s, e), moved: moved !== undefined && s === moved[0] && e === moved[1] });
  }
  return out.sort((a, b) => b.score - a.score);
}
