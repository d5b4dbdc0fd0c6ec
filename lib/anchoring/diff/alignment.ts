// An alignment of an old text with a new one, as alternating runs that stayed equal and runs that changed, and the
// mapping of old offsets through it. Built once per pair of texts; each lookup is a binary search.
import { TokenMap, type Mapped } from "./token-map";
import { cutPoints } from "./unique-anchors";
import { wordDiff } from "./word-diff";

export interface Block {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  equal: boolean;
}

export interface DiffOptions {
  /** Texts shorter than this together are diffed in one piece. */
  directLimit?: number;
  /** Smallest piece when cutting long texts at unique trigrams. */
  minPiece?: number;
}

function pushDiffs(blocks: Block[], diffs: [number, string][], at: { old: number; new: number }) {
  for (const [op, text] of diffs) {
    if (text.length === 0) continue;
    const equal = op === 0;
    let last = blocks[blocks.length - 1];
    if (!last || last.equal !== equal) {
      last = { oldStart: at.old, oldEnd: at.old, newStart: at.new, newEnd: at.new, equal };
      blocks.push(last);
    }
    if (op !== 1) last.oldEnd = at.old += text.length;
    if (op !== -1) last.newEnd = at.new += text.length;
  }
}

export function diffBlocks(oldText: string, newText: string, options: DiffOptions = {}): Block[] {
  const { directLimit = 20_000, minPiece = 2_000 } = options;
  const cuts = oldText.length + newText.length > directLimit ? cutPoints(oldText, newText, minPiece) : [];
  const blocks: Block[] = [];
  const at = { old: 0, new: 0 };
  for (const [oldCut, newCut] of [...cuts, [oldText.length, newText.length] as const]) {
    pushDiffs(blocks, wordDiff(oldText.slice(at.old, oldCut), newText.slice(at.new, newCut)), at);
  }
  return mergeTrivialEqualities(blocks);
}

const size = (b: Block) => Math.max(b.oldEnd - b.oldStart, b.newEnd - b.newStart);

/**
 * Folds an equal run into the changes around it when it is no longer than either of them: a shared "the" or space
 * inside a rewrite is noise, not evidence, and a whole changed run lets TokenMap pair its words properly. (dmp's
 * own semantic cleanup would do this too, but it also shifts edits inside words, undoing the word alignment.)
 */
function mergeTrivialEqualities(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    out.push({ ...b });
    for (;;) {
      const [c1, eq, c2] = out.slice(-3);
      if (!c1 || !eq || !c2 || c1.equal || !eq.equal || c2.equal) break;
      if (eq.oldEnd - eq.oldStart > Math.min(size(c1), size(c2))) break;
      out.splice(-3, 3, { oldStart: c1.oldStart, oldEnd: c2.oldEnd, newStart: c1.newStart, newEnd: c2.newEnd, equal: false });
    }
  }
  return out;
}

/** Index of the last block whose `key` start is <= x (blocks are sorted on both sides). */
function lastAtOrBefore(blocks: Block[], x: number, key: "oldStart" | "newStart"): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((blocks[mid]?.[key] ?? 0) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class Alignment {
  readonly blocks: Block[];
  private readonly local = new Map<number, TokenMap>();

  constructor(
    readonly oldText: string,
    readonly newText: string,
    options: DiffOptions = {},
  ) {
    this.blocks = oldText === newText ? [{ oldStart: 0, oldEnd: oldText.length, newStart: 0, newEnd: newText.length, equal: true }] : diffBlocks(oldText, newText, options);
  }

  /** The block holding old character x (for x = old length, the last block). */
  blockAtOld(x: number): Block | undefined {
    return this.blocks[lastAtOrBefore(this.blocks, x, "oldStart")];
  }

  /** Inside a changed run, a word alignment of just that run says which new words stand for which old ones. */
  private refine(b: Block): TokenMap {
    let map = this.local.get(b.oldStart);
    if (!map) {
      map = new TokenMap(this.oldText.slice(b.oldStart, b.oldEnd), this.newText.slice(b.newStart, b.newEnd));
      this.local.set(b.oldStart, map);
    }
    return map;
  }

  /**
   * New offset for an old start offset. Text inserted right before it stays outside (a word added before a quote
   * is not part of it); an edited first word stays inside; a deleted first word hands over to the next one.
   */
  mapStart(x: number): Mapped {
    const b = this.blockAtOld(x);
    if (!b || x >= this.oldText.length) return { at: this.newText.length, sure: true };
    if (b.equal || b.newEnd === b.newStart) return { at: b.newStart + (b.equal ? x - b.oldStart : 0), sure: true };
    const m = this.refine(b).mapStart(x - b.oldStart, b.newEnd - b.newStart);
    return { at: b.newStart + m.at, sure: m.sure };
  }

  /** New offset for an old end offset, the mirror image of `mapStart`. */
  mapEnd(x: number): Mapped {
    const b = this.blockAtOld(x - 1);
    if (!b || x <= 0) return { at: 0, sure: true };
    if (b.equal || b.newEnd === b.newStart) return { at: b.newStart + (b.equal ? x - b.oldStart : 0), sure: true };
    const m = this.refine(b).mapEnd(x - b.oldStart);
    return { at: b.newStart + m.at, sure: m.sure };
  }

  /** True when old [start, end) lies inside one equal run, i.e. nothing in it changed. */
  isUnchanged(start: number, end: number): boolean {
    const b = this.blockAtOld(start);
    return b !== undefined && b.equal && end <= b.oldEnd;
  }

  /** True when new offset y is part of an equal run (not inserted or rewritten text). */
  isKept(y: number): boolean {
    const b = this.blocks[lastAtOrBefore(this.blocks, y, "newStart")];
    return b !== undefined && b.equal && y < b.newEnd && y >= b.newStart;
  }

  /**
   * Share of new [s, e) that the alignment traces back to old text outside old [start, end): such text is another
   * passage's, so an anchor must not move onto it even when the words are the same.
   */
  foreignShare(s: number, e: number, start: number, end: number): number {
    let foreign = 0;
    for (let i = Math.max(0, lastAtOrBefore(this.blocks, s, "newStart")); i < this.blocks.length; i++) {
      const b = this.blocks[i];
      if (!b || b.newStart >= e) break;
      if (!b.equal) continue;
      const from = Math.max(s, b.newStart);
      const to = Math.min(e, b.newEnd);
      if (to <= from) continue;
      const oldFrom = b.oldStart + (from - b.newStart);
      const oldTo = b.oldStart + (to - b.newStart);
      foreign += to - from - Math.max(0, Math.min(oldTo, end) - Math.max(oldFrom, start));
    }
    return e > s ? foreign / (e - s) : 0;
  }
}
