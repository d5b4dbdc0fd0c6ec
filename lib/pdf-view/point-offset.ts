// The character under a point of the page (for clicks and hovers on highlights): the unit whose
// box holds the point, and the character inside it by proportion, counted from the right for
// right-to-left units. Works from the layout's geometry alone, before or without a text layer.
import { offsetInItem } from "./item-offsets";
import type { UnitBox } from "./page-boxes";
import type { ItemRange } from "./pdf-layout";

/** The document offset of the character at (x, y) in page coordinates at scale 1, or null. */
export function offsetAtPoint(units: readonly (ItemRange | null)[], geometry: readonly (UnitBox | null | undefined)[], x: number, y: number): number | null {
  for (let i = 0; i < units.length; i++) {
    const r = units[i];
    const g = geometry[i];
    if (!r || !g || r[1] <= r[0] || x < g.x || x > g.x + g.w || y < g.y || y > g.y + g.h) continue;
    const share = g.w > 0 ? (g.rtl ? g.x + g.w - x : x - g.x) / g.w : 0;
    const length = r[1] - r[0];
    // The character whose cell holds the point: floor, kept inside the item.
    return Math.min(r[1] - 1, offsetInItem(r, length, Math.floor(share * length)));
  }
  return null;
}
