// Where annotations overlap, and how deeply: a sweep over their boundaries inside a window gives
// consecutive segments with the number of annotations covering each. The reader paints depth 1, 2
// and 3+ as separate highlight layers of increasing strength, because one CSS highlight paints a
// character once however many of its ranges cover it.

export interface Segment {
  start: number;
  end: number;
  depth: number;
}

export function depthSegments(spans: readonly { start: number; end: number }[], from: number, to: number): Segment[] {
  const points: number[] = [];
  for (const s of spans) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    if (a < b) points.push(a * 2 + 1, b * 2); // at equal offsets, ends (even) sort before starts (odd)
  }
  points.sort((x, y) => x - y);
  const out: Segment[] = [];
  let depth = 0;
  let at = 0;
  for (const p of points) {
    const offset = p >> 1;
    if (depth > 0 && offset > at) {
      const last = out[out.length - 1];
      if (last && last.end === at && last.depth === depth) last.end = offset;
      else out.push({ start: at, end: offset, depth });
    }
    depth += p & 1 ? 1 : -1;
    at = offset;
  }
  return out;
}
