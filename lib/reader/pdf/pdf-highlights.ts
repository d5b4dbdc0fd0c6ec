// Highlights on the page view: the same layers as the text view (depth 1, 2, 3+ where annotations
// overlap, then pending, fresh, hovered, open and flashing), drawn as boxes under the text layer of
// each rendered page. Boxes are placed in percentages of the page, so a zoom or resize needs no
// repaint; only the pages near the screen are painted, each from the annotations overlapping its
// text (a binary search in the index).
import type { Ann } from "../annotation-index";
import { depthSegments } from "../depth-segments";
import type { PaintState } from "../paint-highlights";
import { HighlightStates } from "../highlight-states";
import { spanBoxes, type Box } from "@/lib/pdf-view/page-boxes";
import type { PageSpan } from "@/lib/pdf-view/page-spans";
import { pageUnits } from "@/lib/pdf-view/page-units";
import type { PdfPageView } from "./pdf-page-view";

export class PdfHighlights extends HighlightStates {
  constructor(
    private readonly spans: readonly PageSpan[],
    private readonly pages: () => readonly PdfPageView[],
  ) {
    super();
  }

  /** Repaints every page that has geometry; answers how many boxes were drawn. */
  paint(): number {
    let count = 0;
    for (const page of this.pages()) if (page.geometry) count += this.paintPage(page);
    return count;
  }

  paintPage(page: PdfPageView): number {
    const span = this.spans[page.index];
    if (!this.state || !span || !page.geometry) return 0;
    const state: PaintState = { ...this.state, hoveredId: this.hoveredId, flashId: this.flashId };
    const units = pageUnits(page.layout);
    const geometry = page.geometry;
    const { width, height } = page.layout;
    const out = document.createDocumentFragment();
    const draw = (cls: string, s: number, e: number, id?: string) => {
      for (const b of spanBoxes(units, geometry, s, e)) out.append(boxElement(b, width, height, cls, id));
    };
    const visible: Ann[] = [];
    state.index.forEachOverlapping(span.start, span.end, (a) => {
      if (state.shown(a)) visible.push(a);
    });
    for (const seg of depthSegments(visible, span.start, span.end)) draw(seg.depth >= 3 ? "d3" : seg.depth === 2 ? "d2" : "d1", seg.start, seg.end);
    for (const a of visible) {
      if (a.pending) draw("pending", a.start, a.end, a.id);
      else if (state.fresh.has(a.id)) draw("fresh", a.start, a.end, a.id);
    }
    const one = (cls: string, id: string | null) => {
      const a = id ? state.index.get(id) : undefined;
      if (a && a.start < span.end && a.end > span.start) draw(cls, a.start, a.end, a.id);
    };
    one("hover", state.hoveredId);
    one("selected", state.selectedId);
    one("flash", state.flashId);
    page.highlightLayer.replaceChildren(out);
    return page.highlightLayer.childElementCount;
  }
}

function boxElement(b: Box, width: number, height: number, cls: string, id?: string): HTMLElement {
  const el = document.createElement("div");
  el.className = `pdf-hl pdf-hl-${cls}`;
  if (id) el.dataset.annotationId = id;
  el.style.left = `${(100 * b.x) / width}%`;
  el.style.top = `${(100 * b.y) / height}%`;
  el.style.width = `${(100 * b.w) / width}%`;
  el.style.height = `${(100 * b.h) / height}%`;
  return el;
}
