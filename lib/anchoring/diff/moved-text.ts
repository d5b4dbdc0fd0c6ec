// Follows text that moved. A character diff sees a moved paragraph as deleted in one place and inserted in another;
// diffing what was deleted against what was inserted pairs the two up again, so a span inside a moved (and maybe
// edited) paragraph can be mapped to its new home. Built lazily: only anchors the main diff lost need it.
import { Alignment } from "./alignment";

interface Piece {
  /** Offset of this piece in the concatenated leftovers. */
  at: number;
  /** Offset in the full text. */
  from: number;
  length: number;
}

const SEPARATOR = "\u2029";

function lastPieceAtOrBefore(pieces: Piece[], x: number, key: "at" | "from"): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  let found: Piece | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = pieces[mid];
    if (p && p[key] <= x) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class MovedText {
  private readonly oldPieces: Piece[] = [];
  private readonly newPieces: Piece[] = [];
  private readonly oldLeft: string;
  private readonly newLeft: string;
  private leftovers: Alignment | undefined;

  constructor(main: Alignment) {
    let oldLeft = "";
    let newLeft = "";
    // Pieces are kept apart by a paragraph separator, so the last word of one and the first of the next do not
    // fuse into a word that exists in neither text.
    for (const b of main.blocks) {
      if (b.equal) continue;
      if (b.oldEnd > b.oldStart) {
        oldLeft += SEPARATOR;
        this.oldPieces.push({ at: oldLeft.length, from: b.oldStart, length: b.oldEnd - b.oldStart });
        oldLeft += main.oldText.slice(b.oldStart, b.oldEnd);
      }
      if (b.newEnd > b.newStart) {
        newLeft += SEPARATOR;
        this.newPieces.push({ at: newLeft.length, from: b.newStart, length: b.newEnd - b.newStart });
        newLeft += main.newText.slice(b.newStart, b.newEnd);
      }
    }
    this.oldLeft = oldLeft;
    this.newLeft = newLeft;
  }

  /** Offset in the old leftovers of old character x, if x was deleted or rewritten. */
  private toLeftover(x: number): number | undefined {
    const p = lastPieceAtOrBefore(this.oldPieces, x, "from");
    return p && x < p.from + p.length ? p.at + (x - p.from) : undefined;
  }

  /** New [start, end) for old [start, end), when the whole span was deleted or rewritten where it stood. */
  map(start: number, end: number): [number, number] | undefined {
    const a = this.toLeftover(start);
    const b = this.toLeftover(end - 1);
    // The whole span must come from one deleted run; a span partly kept in place is the main diff's business.
    if (a === undefined || b === undefined || b - a !== end - 1 - start) return undefined;
    this.leftovers ??= new Alignment(this.oldLeft, this.newLeft);
    const ms = this.leftovers.mapStart(a);
    const me = this.leftovers.mapEnd(b + 1);
    const [s, e] = [ms.at, me.at];
    if (e <= s || !ms.sure || !me.sure) return undefined;
    const ps = lastPieceAtOrBefore(this.newPieces, s, "at");
    const pe = lastPieceAtOrBefore(this.newPieces, e - 1, "at");
    // Start and end must land in the same inserted run, or the placement would straddle text that stayed put.
    if (!ps || ps !== pe || e > ps.at + ps.length) return undefined;
    return [ps.from + (s - ps.at), ps.from + (e - ps.at)];
  }
}
