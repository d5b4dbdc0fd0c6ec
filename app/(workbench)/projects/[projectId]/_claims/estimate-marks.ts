// What the chart draws for one estimate: a point for an exact or approximate count (filled or
// hollow), a bar for a range, an open bar with an arrow for "at least" / "at most", nothing for
// "unknown". Claims without a count field fall back to their stored bounds.
import type { TCount } from "@/lib/claims/types/shared";

export type Mark =
  | { shape: "point"; value: number; approximate: boolean }
  | { shape: "range"; min: number; max: number }
  | { shape: "at_least"; value: number }
  | { shape: "at_most"; value: number }
  | { shape: "none" };

export interface Bounds {
  min: number | null;
  max: number | null;
}

function fromBounds({ min, max }: Bounds): Mark {
  if (min !== null && max !== null) return min === max ? { shape: "point", value: min, approximate: false } : { shape: "range", min, max };
  if (min !== null) return { shape: "at_least", value: min };
  if (max !== null) return { shape: "at_most", value: max };
  return { shape: "none" };
}

export function estimateMark(count: TCount | null, bounds: Bounds): Mark {
  if (!count) return fromBounds(bounds);
  switch (count.kind) {
    case "exact":
    case "approx":
      return count.value === undefined ? { shape: "none" } : { shape: "point", value: count.value, approximate: count.kind === "approx" };
    case "range":
      return count.min === undefined || count.max === undefined ? fromBounds(bounds) : { shape: "range", min: count.min, max: count.max };
    case "at_least":
    case "at_most":
      return count.value === undefined ? { shape: "none" } : { shape: count.kind, value: count.value };
    case "unknown":
      return { shape: "none" };
  }
}

/** The numbers a mark needs the axis to reach. */
export function markValues(mark: Mark): number[] {
  switch (mark.shape) {
    case "point":
    case "at_least":
    case "at_most":
      return [mark.value];
    case "range":
      return [mark.min, mark.max];
    case "none":
      return [];
  }
}
