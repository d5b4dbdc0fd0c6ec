// What the text viewport paints and when: the state from React (annotations, filters, the open
// one, fresh ones) plus the fast-changing bits kept out of React (hovered, flashing), repainted
// after every render of the blocks and whenever one of them changes. The first paint sets the
// benchmark's marks: `reader:highlights-painted` once the highlights have been registered and a
// frame has passed, `reader:interactive` at the next task (the page then answers input).
import { HighlightPainter, type PaintState } from "./paint-highlights";
import type { Block } from "./blocks";

export type ReaderPaintState = Omit<PaintState, "hoveredId" | "flashId">;

export interface RenderedBlocks {
  first: number;
  elements: HTMLCollection;
  content: HTMLElement;
}

const FLASH_MS = 1600;

export class ViewportHighlights {
  private readonly painter = new HighlightPainter();
  private state: ReaderPaintState | null = null;
  private hoveredId: string | null = null;
  private flashId: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private marked = false;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly rendered: () => RenderedBlocks | null,
  ) {}

  setState(state: ReaderPaintState): void {
    this.state = state;
    this.paint();
  }

  setHovered(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.paint();
  }

  /** Briefly marks an annotation strongly, so the eye finds it after a jump. */
  flash(id: string): void {
    clearTimeout(this.flashTimer);
    this.flashId = id;
    this.paint();
    this.flashTimer = setTimeout(() => {
      this.flashId = null;
      this.paint();
    }, FLASH_MS);
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
        performance.mark("reader:highlights-painted");
        setTimeout(() => performance.mark("reader:interactive"), 0);
      });
    }
  }

  dispose(): void {
    clearTimeout(this.flashTimer);
    this.painter.dispose();
  }
}
