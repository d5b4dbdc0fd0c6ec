// The vertical layout of every block, rendered or not: a measured height for blocks that have been
// on screen at the current width, an estimate (characters per line, learnt from the measured ones)
// for the rest, and their running sum, so "which block is at y" is a binary search. Resizing the
// column forgets the measurements and re-learns the estimate from the blocks on screen: arithmetic
// over the blocks plus one layout of the rendered ones, never a layout of the whole text.
import type { Block } from "./blocks";

export interface Metrics {
  /** Height of one line of text in pixels. */
  lineHeight: number;
  /** Space below a block that ends a paragraph. */
  gap: number;
  /** Average characters per line at the current width. */
  charsPerLine: number;
}

export class BlockLayout {
  private readonly measured: Float64Array;
  private readonly tops: Float64Array;
  private dirty = true;
  metrics: Metrics = { lineHeight: 30, gap: 18, charsPerLine: 90 };

  constructor(readonly blocks: readonly Block[]) {
    this.measured = new Float64Array(blocks.length).fill(-1);
    this.tops = new Float64Array(blocks.length + 1);
  }

  /** Estimated height of block i (wrapped lines, its own line breaks, the paragraph gap after it). */
  estimate(i: number): number {
    const b = this.blocks[i]!;
    const { lineHeight, gap, charsPerLine } = this.metrics;
    const lines = Math.max(1, Math.ceil((b.end - b.start) / Math.max(8, charsPerLine))) + b.breaks;
    const next = this.blocks[i + 1];
    return lines * lineHeight + (next && !next.cont ? gap : 0);
  }

  height(i: number): number {
    const h = this.measured[i]!;
    return h >= 0 ? h : this.estimate(i);
  }

  /** Records a rendered block's height; true when it differs from what the layout assumed. */
  measure(i: number, h: number): boolean {
    const changed = Math.abs(this.height(i) - h) >= 0.5;
    this.measured[i] = h;
    if (changed) this.dirty = true;
    return changed;
  }

  /** A new width or font: every measurement is void until the blocks are measured again. */
  reset(metrics: Partial<Metrics>): void {
    this.measured.fill(-1);
    this.metrics = { ...this.metrics, ...metrics };
    this.dirty = true;
  }

  /** Learns characters per line from rendered blocks: [index, measured height] pairs. */
  calibrate(samples: readonly [number, number][]): void {
    let chars = 0;
    let lines = 0;
    for (const [i, h] of samples) {
      const b = this.blocks[i]!;
      const next = this.blocks[i + 1];
      const own = Math.round((h - (next && !next.cont ? this.metrics.gap : 0)) / this.metrics.lineHeight) - b.breaks;
      // Short blocks say little about the line length (a one-line block is not full).
      if (own >= 2) {
        chars += b.end - b.start;
        lines += own - 0.5;
      }
    }
    if (lines > 0) {
      this.metrics = { ...this.metrics, charsPerLine: chars / lines };
      this.dirty = true;
    }
  }

  private update(): void {
    if (!this.dirty) return;
    let y = 0;
    for (let i = 0; i < this.blocks.length; i++) {
      this.tops[i] = y;
      y += this.height(i);
    }
    this.tops[this.blocks.length] = y;
    this.dirty = false;
  }

  top(i: number): number {
    this.update();
    return this.tops[Math.max(0, Math.min(i, this.blocks.length))]!;
  }

  get total(): number {
    return this.top(this.blocks.length);
  }

  /** The block at height y (clamped to the first and last block). */
  indexAt(y: number): number {
    this.update();
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.tops[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}
