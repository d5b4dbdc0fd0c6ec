// What the text viewport paints and when: the state from React (annotations, filters, the open
// one, fresh ones) plus the fast-changing bits kept out of React (hovered, flashing), repainted
// after every render of the blocks and whenever one of them changes. The first paint sets the
// benchmark's marks: `reader:highlights-painted` once the highlights have been registered and a
// frame has passed, `reader:interactive` at the next task (the page then answers input); the
// `firstPainted` promise settles with the first mark, so work that can wait (a long text's whole,
// the side panel) starts after the first screen is painted instead of before it.
import { HighlightPainter } from "./paint-highlights";
import type { Block } from "./blocks";
import { HighlightStates } from "./highlight-states";

export type { ReaderPaintState } from "./highlight-states";

export interface RenderedBlocks {
  first: number;
  elements: HTMLCollection;
  content: HTMLElement;
}

export class ViewportHighlights extends HighlightStates {
  private readonly painter = new HighlightPainter();
  private marked = false;
  private settleFirstPainted: () => void = () => {};
  /** Settles once the first highlights have been registered and a frame has passed. */
  readonly firstPainted = new Promise<void>((resolve) => (this.settleFirstPainted = resolve));

  constructor(
    private readonly blocks: readonly Block[],
    private readonly rendered: () => RenderedBlocks | null,
    /** False for a viewport that takes over from another on the same page: the page's marks are set once. */
    private readonly marks = true,
  ) {
    super();
  }

  paint(): void {
    const r = this.rendered();
    if (!r || !this.state) return;
    const last = r.first + r.elements.length - 1;
    const state = { ...this.state, hoveredId: this.hoveredId, flashId: this.flashId };
    this.painter.paint({ blocks: this.blocks, first: r.first, last, content: r.content }, state);
    if (!this.marked) {
      this.marked = true;
      requestAnimationFrame(() => {
        if (this.marks) performance.mark("reader:highlights-painted");
        this.settleFirstPainted();
        if (this.marks) setTimeout(() => performance.mark("reader:interactive"), 0);
      });
    }
  }

  override dispose(): void {
    super.dispose();
    this.painter.dispose();
  }
}
