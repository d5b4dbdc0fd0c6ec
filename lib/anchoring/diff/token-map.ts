// Maps offsets inside one changed run of text word to word, so that offsets follow how people read an edit: a
// word inserted beside a quote is not part of it, an edited word is still itself, and a quote whose first word
// was deleted now starts at its second. Where the evidence for an edge is weak, the mapping says so.
import { dmp, similarity } from "./edit-distance";
import { pairTokens, WORD, type Pairing } from "./token-pairing";
import { tokenize } from "./word-diff";

/** A mapped offset, and whether the words at that edge could be told apart. */
export interface Mapped {
  at: number;
  sure: boolean;
}

// How alike an edge word must be to its pair, by how much the length changed: a word that gained or lost letters
// ("their" -> "the", "the" -> "that") could as well be a deleted word beside an inserted one. Typos that keep the
// length pair at the general threshold.
const EDGE_SIMILARITY = [0.5, 0.6, 0.65];

function startsOf(tokens: string[]): number[] {
  let at = 0;
  return tokens.map((t) => ((at += t.length), at - t.length));
}

export class TokenMap {
  private readonly olds: string[];
  private readonly news: string[];
  private readonly oldStarts: number[];
  private readonly newStarts: number[];
  private readonly pairings: Pairing[];

  constructor(oldText: string, newText: string) {
    this.olds = tokenize(oldText);
    this.news = tokenize(newText);
    this.oldStarts = startsOf(this.olds);
    this.newStarts = startsOf(this.news);
    this.pairings = [pairTokens(this.olds, this.news, "exact-first"), pairTokens(this.olds, this.news, "one-pass")];
  }

  private tokenAt(x: number): number {
    let lo = 0;
    let hi = this.oldStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.oldStarts[mid] ?? 0) <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset inside new token j for offset k inside its old partner i. */
  private within(i: number, j: number, k: number): number {
    const a = this.olds[i] ?? "";
    const b = this.news[j] ?? "";
    return k === 0 || a === b ? Math.min(k, b.length) : dmp.diff_xIndex(dmp.diff_main(a, b, false), k);
  }

  /**
   * Whether the edge at old token i is known under pairing p: paired with a recognisable form of itself, or
   * deleted with no new word standing in its slot (a word rewritten beyond recognition and a word deleted beside
   * an inserted one look the same).
   */
  private edgeKnown(p: Pairing, i: number): boolean {
    const j = p.old[i] ?? -1;
    if (j >= 0) {
      const [a, b] = [this.olds[i] ?? "", this.news[j] ?? ""];
      return similarity(a, b) >= (EDGE_SIMILARITY[Math.abs(a.length - b.length)] ?? 0.65);
    }
    let before = i - 1;
    while (before >= 0 && (p.old[before] ?? -1) < 0) before--;
    let after = i + 1;
    while (after < this.olds.length && (p.old[after] ?? -1) < 0) after++;
    const from = before >= 0 ? (p.old[before] ?? 0) + 1 : 0;
    const to = after < this.olds.length ? (p.old[after] ?? 0) : this.news.length;
    for (let k = from; k < to; k++) if (WORD.test(this.news[k] ?? "")) return false;
    return true;
  }

  private startUnder(p: Pairing, x: number, newLength: number): Mapped {
    const i0 = this.tokenAt(x);
    const sure = this.edgeKnown(p, i0);
    for (let i = i0; i < this.olds.length; i++) {
      const j = p.old[i] ?? -1;
      if (j >= 0) return { at: (this.newStarts[j] ?? 0) + (i === i0 ? this.within(i, j, x - (this.oldStarts[i] ?? 0)) : 0), sure };
    }
    return { at: newLength, sure };
  }

  private endUnder(p: Pairing, x: number): Mapped {
    const i0 = this.tokenAt(x - 1);
    const sure = this.edgeKnown(p, i0);
    for (let i = i0; i >= 0; i--) {
      const j = p.old[i] ?? -1;
      if (j < 0) continue;
      const k = x - (this.oldStarts[i] ?? 0);
      const whole = i !== i0 || k >= (this.olds[i]?.length ?? 0);
      return { at: (this.newStarts[j] ?? 0) + (whole ? (this.news[j]?.length ?? 0) : this.within(i, j, k)), sure };
    }
    return { at: 0, sure };
  }

  /** Both pairings must agree, and both be sure, for the mapping to be sure. */
  private agree(a: Mapped, b: Mapped): Mapped {
    return { at: a.at, sure: a.sure && b.sure && a.at === b.at };
  }

  /** New offset of old start offset x (x inside this run). */
  mapStart(x: number, newLength: number): Mapped {
    const [a, b] = this.pairings.map((p) => this.startUnder(p, x, newLength)) as [Mapped, Mapped];
    return this.agree(a, b);
  }

  /** New offset of old end offset x (x - 1 inside this run). */
  mapEnd(x: number): Mapped {
    const [a, b] = this.pairings.map((p) => this.endUnder(p, x)) as [Mapped, Mapped];
    return this.agree(a, b);
  }
}
