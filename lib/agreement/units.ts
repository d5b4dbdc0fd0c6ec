// Groups overlapping spans (from any annotator) into units, so claims resting on "the same words"
// can be compared even when the annotators' selections differ by a few characters.
import type { Span } from "./span-agreement";

export function unitsOf<T extends Span & { id: string }>(spans: T[]): Map<string, string> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const unit = new Map<string, string>();
  let current: string | undefined;
  let reach = -1;
  for (const s of sorted) {
    if (current === undefined || s.start >= reach) {
      current = `u${s.start}`;
      reach = s.end;
    } else reach = Math.max(reach, s.end);
    unit.set(s.id, current);
  }
  return unit;
}
