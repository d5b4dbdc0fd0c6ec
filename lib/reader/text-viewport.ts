// Virtualises the reading column by blocks. It owns the scroll container (outside React): which
// blocks are rendered (an external store React subscribes to), their measured and estimated
// heights, the spacer padding above and below them, keeping the words under the reader's eyes in
// place when heights change, cheap re-layout on resize (measure the rendered blocks, re-learn the
// estimate, no layout of the rest), scrolling an offset into view, and repainting highlights
// after each render (viewport-highlights.ts).
import { BlockLayout } from "./block-layout";
import { blockAt, type Block } from "./blocks";
import { selectionAnchorBlock, selectTextSpan, type Span, spanOfRange, textNodeOf } from "./dom-offsets";
import { measureBlocks } from "./measure-blocks";
import type { ReaderSurface } from "./reader-surface";
import { type RenderRange, RenderRangeStore } from "./render-range";
import { scrollToOffset } from "./scroll-to-offset";
import { type RenderedBlocks, ViewportHighlights } from "./viewport-highlights";

export interface ViewWindow {
  /** Start offset of the first block on screen and end offset of the last one. */
  from: number;
  to: number;
}

/** How far (in blocks) a selection's start may be from the screen and still be kept rendered. */
const MAX_PINNED_SPAN = 200;
/** Where a revealed annotation lands: a third of the way down the screen. */
const REVEAL_AT = 0.3;

export class TextViewport extends RenderRangeStore implements ReaderSurface {
  readonly layout: BlockLayout;
  private scroller: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private width = -1;
  private calibrated = false;
  private revealAt: number | null = null;
  private view: ViewWindow | null = null;
  private scrollStart = 0;
  private onView: ((view: ViewWindow) => void) | null = null;
  readonly highlights: ViewportHighlights;

  constructor(
    readonly blocks: readonly Block[],
    textLength: number,
    /** `takesOver`: it replaces another viewport of the same text on the page (whose marks were set). */
    options: { takesOver?: boolean } = {},
  ) {
    super(blocks, textLength);
    this.layout = new BlockLayout(blocks);
    this.highlights = new ViewportHighlights(blocks, () => this.rendered(), !options.takesOver);
  }

  contentElement(): HTMLElement | null {
    return this.content;
  }

  scrollElement(): HTMLElement | null {
    return this.scroller;
  }

  spanOfRange(range: AbstractRange, text: string): Span | null {
    return this.content ? spanOfRange(range, this.content, text) : null;
  }

  selectSpan(span: Span): boolean {
    return this.content ? selectTextSpan(this.content, span) : false;
  }

  /** Told whenever the blocks on screen change (the side panel follows the text). */
  setOnView(fn: ((view: ViewWindow) => void) | null): void {
    this.onView = fn;
    if (fn && this.view) fn(this.view);
  }

  getView(): ViewWindow | null {
    return this.view;
  }

  /** The text node of the block at the top of the screen: where keyboard selection starts. */
  textNodeAtTop(): Text | null {
    const r = this.rendered();
    if (!r || !this.scroller) return null;
    const i = this.layout.indexAt(this.viewport().y);
    return textNodeOf(r.elements[Math.max(0, i - r.first)]);
  }

  /** Callback ref for the scroll container; its `[data-rd-content]` child holds the blocks. */
  attach = (el: HTMLElement | null) => {
    if (el === this.scroller) return;
    this.scroller?.removeEventListener("scroll", this.onScroll);
    this.observer?.disconnect();
    this.scroller = el;
    this.content = el?.querySelector<HTMLElement>(":scope > [data-rd-content]") ?? null;
    if (!el) return;
    el.addEventListener("scroll", this.onScroll, { passive: true });
    this.observer = new ResizeObserver(this.onResize);
    this.observer.observe(el);
    // React attaches a parent's ref after its children's layout effects ran: do the first
    // measuring now that the container is known.
    this.afterRender();
  };

  /** Scroll position relative to the top of the blocks, and the height of the screen. */
  private viewport(): { y: number; vh: number } {
    const s = this.scroller!;
    return { y: s.scrollTop - (this.content?.offsetTop ?? 0), vh: s.clientHeight };
  }

  /** A new render range when the screen (plus a quarter screen) is no longer inside the rendered one. */
  private wantedRange(): RenderRange | null {
    if (this.whole || !this.scroller || !this.blocks.length) return null;
    const { y, vh } = this.viewport();
    const at = (dy: number) => this.layout.indexAt(y + dy);
    if (at(-vh / 4) >= this.range.first && at(vh * 1.25) <= this.range.last) return null;
    const next = { first: at(-vh), last: at(vh * 2) };
    // A selection being made (a drag that scrolls) keeps its starting block rendered, or the
    // browser would lose the selection with the node.
    const pin = this.content ? selectionAnchorBlock(this.content) : null;
    if (pin !== null && Math.max(next.first - pin, pin - next.last) < MAX_PINNED_SPAN) {
      next.first = Math.min(next.first, pin);
      next.last = Math.max(next.last, pin);
    }
    return next;
  }

  private onScroll = () => {
    this.updateView();
    const next = this.wantedRange();
    if (!next) return;
    this.scrollStart = performance.now();
    this.setRange(next);
  };

  private onResize = () => {
    const s = this.scroller;
    if (!s) return;
    if (s.clientWidth !== this.width) {
      const first = this.width < 0;
      this.width = s.clientWidth;
      if (!first && this.calibrated) this.relayout();
    }
    const next = this.wantedRange();
    if (next) this.setRange(next);
    this.updateView();
  };

  /** The block under the top of the screen and how far into it, per the current layout. */
  private anchor(): { index: number; fraction: number } {
    const { y } = this.viewport();
    const index = this.layout.indexAt(y);
    return { index, fraction: (y - this.layout.top(index)) / Math.max(1, this.layout.height(index)) };
  }

  private restore(anchor: { index: number; fraction: number }): void {
    const s = this.scroller!;
    const y = this.layout.top(anchor.index) + anchor.fraction * this.layout.height(anchor.index);
    const target = Math.round(y + (this.content?.offsetTop ?? 0));
    if (s.scrollTop > 0 && Math.abs(s.scrollTop - target) >= 1) s.scrollTop = target;
  }

  /** The rendered blocks' elements with their block index (read from the DOM, which React owns). */
  private rendered(): RenderedBlocks | null {
    const el = this.content?.firstElementChild as HTMLElement | null | undefined;
    if (!this.content || !el) return null;
    return { first: Number(el.dataset.i), elements: this.content.children, content: this.content };
  }

  private measureRendered(): boolean {
    const r = this.rendered();
    if (!r) return false;
    const changed = measureBlocks(this.layout, r, !this.calibrated);
    this.calibrated = true;
    return changed;
  }

  private applyPadding(): void {
    const r = this.rendered();
    if (!r || !this.content) return;
    const top = this.layout.top(r.first);
    const bottom = this.layout.total - this.layout.top(r.first + r.elements.length);
    this.content.style.paddingTop = `${top}px`;
    this.content.style.paddingBottom = `${bottom}px`;
  }

  /** Runs after every render of the blocks (React's layout effect), before the browser paints. */
  afterRender(): void {
    if (!this.scroller || !this.content) return;
    const anchor = this.anchor();
    const changed = this.measureRendered();
    this.applyPadding();
    if (changed) this.restore(anchor);
    if (this.revealAt !== null) this.revealNow();
    this.highlights.paint();
    this.updateView();
    if (this.scrollStart) {
      performance.measure("reader:scroll-render", { start: this.scrollStart });
      this.scrollStart = 0;
    }
    const next = this.wantedRange();
    if (next) this.setRange(next);
  }

  private relayout(): void {
    const t0 = performance.now();
    const anchor = this.anchor();
    this.calibrated = false;
    this.measureRendered();
    this.applyPadding();
    this.restore(anchor);
    performance.measure("reader:relayout", { start: t0 });
  }

  /**
   * Scrolls so that `offset` sits a third of the way down the screen: first by the layout (the
   * block may not be rendered, its height only estimated), then exactly once it is rendered.
   */
  reveal(offset: number): void {
    const s = this.scroller;
    if (!s) return;
    this.revealAt = offset;
    const i = blockAt(this.blocks, offset);
    s.scrollTop = this.layout.top(i) + (this.content?.offsetTop ?? 0) - s.clientHeight * REVEAL_AT;
    const next = this.wantedRange();
    if (next) this.setRange(next);
    else this.revealNow();
  }

  private revealNow(): void {
    const r = this.rendered();
    if (this.revealAt === null || !r || !this.scroller) return;
    if (scrollToOffset(this.scroller, this.blocks, r, this.revealAt, REVEAL_AT)) this.revealAt = null;
  }

  private updateView(): void {
    if (!this.scroller || !this.blocks.length) return;
    const { y, vh } = this.viewport();
    const from = this.blocks[this.layout.indexAt(y)]!.start;
    const to = this.blocks[this.layout.indexAt(y + vh)]!.end;
    if (this.view?.from === from && this.view.to === to) return;
    this.view = { from, to };
    this.onView?.(this.view);
  }

  dispose(): void {
    this.attach(null);
    this.highlights.dispose();
  }
}
