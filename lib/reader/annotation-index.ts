// The reader's annotations, sorted by start offset (then id), with a running maximum of end offsets
// so that "which annotations overlap [from, to)" is a binary search plus a short scan instead of a
// pass over all ten thousand. Immutable: a change returns a new index (O(n) copy, fine for single
// live changes), so React state can hold it.

export interface Ann {
  id: string;
  start: number;
  end: number;
  /** Index into the reader's people table. */
  person: number;
  /** Shown at once, not yet confirmed by the server. */
  pending?: boolean;
}

const before = (a: Ann, b: Ann) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class AnnotationIndex {
  readonly items: readonly Ann[];
  /** maxEnd[i] = the largest end among items[0..i]; never decreases. */
  private readonly maxEnd: Int32Array;
  private positions: Map<string, number> | undefined;

  private constructor(sorted: readonly Ann[]) {
    this.items = sorted;
    this.maxEnd = new Int32Array(sorted.length);
    let max = 0;
    sorted.forEach((a, i) => {
      max = Math.max(max, a.end);
      this.maxEnd[i] = max;
    });
  }

  static from(items: readonly Ann[]): AnnotationIndex {
    return new AnnotationIndex([...items].sort(before));
  }

  get size(): number {
    return this.items.length;
  }

  get(id: string): Ann | undefined {
    const i = this.position(id);
    return i === -1 ? undefined : this.items[i];
  }

  /** Position of an annotation in text order, or -1. */
  position(id: string): number {
    this.positions ??= new Map(this.items.map((a, i) => [a.id, i]));
    return this.positions.get(id) ?? -1;
  }

  /** Calls `visit` for every annotation with start < to and end > from, in text order. */
  forEachOverlapping(from: number, to: number, visit: (a: Ann) => void): void {
    // The first item whose running max end passes `from`: nothing before it can reach `from`.
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.maxEnd[mid]! > from) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < this.items.length; i++) {
      const a = this.items[i]!;
      if (a.start >= to) break;
      if (a.end > from) visit(a);
    }
  }

  overlapping(from: number, to: number): Ann[] {
    const out: Ann[] = [];
    this.forEachOverlapping(from, to, (a) => out.push(a));
    return out;
  }

  /** The annotations containing the character at `offset`, shortest (innermost) first. */
  covering(offset: number): Ann[] {
    return this.overlapping(offset, offset + 1).sort((a, b) => a.end - a.start - (b.end - b.start) || before(a, b));
  }

  /** Adds or replaces (by id) an annotation; `replacing` also drops another id, e.g. a pending one. */
  upsert(a: Ann, replacing?: string): AnnotationIndex {
    const rest = this.items.filter((x) => x.id !== a.id && x.id !== replacing);
    let lo = 0;
    let hi = rest.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(rest[mid]!, a) < 0) lo = mid + 1;
      else hi = mid;
    }
    rest.splice(lo, 0, a);
    return new AnnotationIndex(rest);
  }

  remove(id: string): AnnotationIndex {
    return this.position(id) === -1 ? this : new AnnotationIndex(this.items.filter((x) => x.id !== id));
  }
}
