// Paints annotations on the rendered blocks with the CSS Custom Highlight API: no element is added
// to the text, so ten thousand annotations cost nothing until they are near the screen, and the
// text nodes stay exactly the stored text. Only the annotations overlapping the rendered blocks are
// turned into (static) ranges, by binary search in the index and O(1) offset -> DOM point per block.
// Without CSS.highlights (old browsers) nothing is painted and the text simply reads plain.
import type { AnnotationIndex, Ann } from "./annotation-index";
import type { Block } from "./blocks";
import { depthSegments } from "./depth-segments";
import { textNodeOf } from "./dom-offsets";

/** Highlight names, lowest priority first; reader.css styles each `::highlight(name)`. */
export const LAYERS = ["rd-d1", "rd-d2", "rd-d3", "rd-fresh", "rd-pending", "rd-hover", "rd-selected", "rd-flash"] as const;
export type Layer = (typeof LAYERS)[number];

export interface PaintState {
  index: AnnotationIndex;
  /** The filters' verdict: annotations filtered out are not painted. */
  shown: (a: Ann) => boolean;
  selectedId: string | null;
  hoveredId: string | null;
  flashId: string | null;
  /** Other people's annotations that arrived while reading, not yet looked at. */
  fresh: ReadonlySet<string>;
}

export interface PaintTarget {
  blocks: readonly Block[];
  first: number;
  last: number;
  /** Its element children are blocks first..last, in order. */
  content: HTMLElement;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export class HighlightPainter {
  private layers: Map<Layer, Highlight> | null = null;

  private ensureLayers(): Map<Layer, Highlight> | null {
    if (this.layers || !highlightsSupported()) return this.layers;
    this.layers = new Map();
    LAYERS.forEach((name, priority) => {
      const h = new Highlight();
      h.priority = priority;
      CSS.highlights.set(name, h);
      this.layers!.set(name, h);
    });
    return this.layers;
  }

  /** Repaints every layer for the rendered blocks; returns how many ranges were registered. */
  paint(target: PaintTarget, state: PaintState): number {
    const layers = this.ensureLayers();
    if (!layers) return 0;
    for (const h of layers.values()) h.clear();
    const { blocks, first, last, content } = target;
    const firstBlock = blocks[first];
    const lastBlock = blocks[last];
    if (!firstBlock || !lastBlock || content.children.length !== last - first + 1) return 0;
    const from = firstBlock.start;
    const to = lastBlock.end;
    let count = 0;

    // Adds [s, e) to a layer, one range per rendered block it crosses (gaps between paragraphs
    // are not rendered). `hint` lets consecutive calls in text order resume where the last one was.
    let hint = first;
    const add = (layer: Layer, s: number, e: number, resume: boolean) => {
      const h = layers.get(layer)!;
      let i = resume ? hint : first;
      while (i <= last && blocks[i]!.end <= s) i++;
      for (; i <= last && blocks[i]!.start < e; i++) {
        const b = blocks[i]!;
        const node = textNodeOf(content.children[i - first]);
        const a = Math.max(s, b.start);
        const z = Math.min(e, b.end);
        if (!node || a >= z) continue;
        h.add(new StaticRange({ startContainer: node, startOffset: a - b.start, endContainer: node, endOffset: z - b.start }));
        count++;
      }
      if (resume) hint = Math.max(first, i - 1);
    };

    const visible: Ann[] = [];
    state.index.forEachOverlapping(from, to, (a) => {
      if (state.shown(a)) visible.push(a);
    });
    for (const seg of depthSegments(visible, from, to)) {
      add(seg.depth >= 3 ? "rd-d3" : seg.depth === 2 ? "rd-d2" : "rd-d1", seg.start, seg.end, true);
    }
    for (const a of visible) {
      if (a.pending) add("rd-pending", a.start, a.end, false);
      else if (state.fresh.has(a.id)) add("rd-fresh", a.start, a.end, false);
    }
    const one = (layer: Layer, id: string | null) => {
      const a = id ? state.index.get(id) : undefined;
      if (a && a.start < to && a.end > from) add(layer, a.start, a.end, false);
    };
    one("rd-hover", state.hoveredId);
    one("rd-selected", state.selectedId);
    one("rd-flash", state.flashId);
    return count;
  }

  dispose(): void {
    if (!this.layers) return;
    // Only this painter's own layers: a viewport that replaced this one (a long text's whole
    // arriving after its opening) registers its layers under the same names before this one goes.
    for (const [name, h] of this.layers) if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    this.layers = null;
  }
}
