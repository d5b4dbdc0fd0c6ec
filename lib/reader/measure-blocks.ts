// Measures the rendered blocks into the layout. The first time (and after a resize) it also reads
// the line height and paragraph gap from the CSS and learns characters per line from them, so the
// estimates for the blocks never rendered follow the real column width and font.
import type { BlockLayout } from "./block-layout";
import type { RenderedBlocks } from "./viewport-highlights";

/** True when a measured height differs from what the layout assumed. */
export function measureBlocks(layout: BlockLayout, r: RenderedBlocks, calibrate: boolean): boolean {
  const heights: [number, number][] = [];
  for (let k = 0; k < r.elements.length; k++) heights.push([r.first + k, r.elements[k]!.getBoundingClientRect().height]);
  if (calibrate) {
    const style = getComputedStyle(r.elements[0]!);
    const gapEl = r.content.querySelector(":scope > .rd-gap");
    const fontSize = parseFloat(style.fontSize) || 16;
    layout.reset({
      lineHeight: parseFloat(style.lineHeight) || fontSize * 1.5,
      gap: gapEl ? parseFloat(getComputedStyle(gapEl).paddingBottom) || 0 : layout.metrics.gap,
      charsPerLine: (r.content.clientWidth || 600) / (fontSize * 0.5),
    });
    layout.calibrate(heights);
  }
  let changed = false;
  for (const [i, h] of heights) if (layout.measure(i, h)) changed = true;
  return changed;
}
