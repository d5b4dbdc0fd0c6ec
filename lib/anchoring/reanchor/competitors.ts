// Other old passages that read like an anchor's. Scraped articles repeat titles and sentences; when one copy is
// deleted or rewritten, the surviving text could be either copy's, and placing the anchor there would be a guess.
import { quoteSpan } from "../describe-span";
import type { Alignment } from "../diff/alignment";
import type { MovedText } from "../diff/moved-text";
import { findAll } from "../resolve-quote";
import type { AnchorQuote } from "../types";
import { isBoundary, scorePlacement, type Placement } from "./placement";
import { THRESHOLDS } from "./result";

const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;
// A quote with no word in it (", ,") is looked up by plain search, up to this many hits.
const MAX_PLAIN_HITS = 1000;

export class OldPassages {
  private readonly starts: number[] = [];
  private readonly words: string[] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(private readonly alignment: Alignment) {
    const { words } = this;
    for (const m of alignment.oldText.matchAll(WORD)) {
      this.starts.push(m.index);
      words.push(m[0]);
    }
    // Keyed by three words, so even a one-word quote is looked up with the two words after it.
    words.forEach((_, i) => {
      const key = words.slice(i, i + 3).join(" ");
      const list = this.byKey.get(key);
      if (list) list.push(i);
      else this.byKey.set(key, [i]);
    });
  }

  /** Index of the first word starting at or after x. */
  private wordFrom(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Old offsets, other than the anchor's own, where the same quote stands and did not survive unchanged. */
  rivalsOf(old: AnchorQuote): number[] {
    const { oldText } = this.alignment;
    const w = this.wordFrom(old.start);
    const first = this.starts[w];
    let hits: number[];
    if (first === undefined || first >= old.end) {
      hits = findAll(oldText, old.exact).slice(0, MAX_PLAIN_HITS);
    } else {
      const delta = first - old.start;
      const key = this.words.slice(w, w + 3).join(" ");
      hits = (this.byKey.get(key) ?? []).map((i) => (this.starts[i] ?? 0) - delta);
    }
    return hits.filter(
      (o) => o !== old.start && o >= 0 && oldText.startsWith(old.exact, o) && !this.alignment.isUnchanged(o, o + old.exact.length),
    );
  }
}

/** Everything re-anchoring one document needs, built once per call. */
export interface Texts {
  oldText: string;
  newText: string;
  alignment: Alignment;
  moved: MovedText;
  passages: () => OldPassages;
}

// Text the diff traces to some other old passage belongs to that passage; a share above this rules a place out.
const MAX_FOREIGN = 0.2;

/**
 * True when the place is not the anchor's to take: the diff traces it to another old passage, or another copy of
 * the quote, one that did not survive unchanged, fits the place about as well as the anchor does.
 */
export function contested({ oldText, newText, alignment, passages }: Texts, old: AnchorQuote, p: Placement): boolean {
  if (alignment.foreignShare(p.start, p.end, old.start, old.end) > MAX_FOREIGN) return true;
  const length = old.exact.length;
  const sameEdges = (o: number) => isBoundary(oldText, o) === isBoundary(oldText, old.start) && isBoundary(oldText, o + length) === isBoundary(oldText, old.end);
  // A copy the diff confidently places somewhere else has a home of its own and makes no claim on this place.
  const housedElsewhere = (o: number) => {
    const [s, e] = [alignment.mapStart(o), alignment.mapEnd(o + length)];
    return s.sure && e.sure && e.at > s.at && (e.at <= p.start || s.at >= p.end);
  };
  const fitsAsWell = (o: number) => scorePlacement(newText, quoteSpan(oldText, o, o + length), p.start, p.end).score >= p.score - THRESHOLDS.margin;
  return passages()
    .rivalsOf(old)
    .some((o) => sameEdges(o) && !housedElsewhere(o) && fitsAsWell(o));
}
