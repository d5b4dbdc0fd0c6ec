// The page view's engine, outside React like the text viewport: it owns the scroll container,
// lays out one frame per page from the layout's sizes (a 200-page report is 200 empty frames, at
// once), draws only the pages near the screen (one at a time, nearest first) and empties those far
// from it, fits the pages to the column's width, paints highlights, turns selections into spans of
// the document text and spans into selections, and scrolls an offset into view. The reader talks
// to it and to the text viewport through the same surface.
import type { PDFDocumentProxy } from "pdfjs-dist";
import type { TextContent } from "pdfjs-dist/types/src/display/api";
import { charInItem } from "@/lib/pdf-view/item-offsets";
import type { PageTextSource } from "@/lib/pdf-view/page-note";
import { pageIndexAt, pageSpansOfLayout, type PageSpan } from "@/lib/pdf-view/page-spans";
import { isOcrPage, pageUnits } from "@/lib/pdf-view/page-units";
import type { TPdfLayout } from "@/lib/pdf-view/pdf-layout";
import { offsetAtPoint } from "@/lib/pdf-view/point-offset";
import { spanBetween, type Span } from "@/lib/pdf-view/selection-span";
import type { ReaderSurface } from "../reader-surface";
import type { ViewWindow } from "../text-viewport";
import type { PdfJs } from "./load-pdfjs";
import { domPointOf, unitPointOf } from "./pdf-dom-points";
import { PdfHighlights } from "./pdf-highlights";
import { PdfPageView } from "./pdf-page-view";

const GAP = 12;
const MIN_SCALE = 0.5;
const MAX_SCALE = 2;
/** Where a revealed offset lands: a third of the way down the screen, as in the text view. */
const REVEAL_AT = 0.3;

export interface PdfSource {
  open(): Promise<{ pdfjs: PdfJs; doc: PDFDocumentProxy }>;
  close(doc: PDFDocumentProxy): void;
}

export class PdfViewport implements ReaderSurface {
  readonly spans: readonly PageSpan[];
  readonly highlights: PdfHighlights;
  /** Made when first attached: the server renders the reader too, and has no DOM. */
  private pages: PdfPageView[] = [];
  private scroller: HTMLElement | null = null;
  private content: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private loaded: { pdfjs: PdfJs; doc: PDFDocumentProxy } | null = null;
  private loading: Promise<void> | null = null;
  private scale = 1;
  private width = -1;
  private tops: number[] = [];
  private queue: number[] = [];
  private drawing = false;
  private revealAt: number | null = null;
  private view: ViewWindow | null = null;
  private onView: ((view: ViewWindow) => void) | null = null;
  private onError: ((message: string) => void) | null = null;
  private error: string | null = null;
  private marked = false;
  /** Settles when the first page is drawn with its highlights, or when the file could not be opened. */
  readonly firstDrawn: Promise<void>;
  private settleFirstDrawn: () => void = () => {};
  /** The first page's text content, asked for as soon as the file is open (often before the pages are). */
  private readAhead = new Map<number, Promise<TextContent>>();

  /** The document text: needed only to write OCR'd pages' words; the pages and highlights draw without it. */
  private readonly text: () => Promise<string>;

  constructor(
    readonly layout: TPdfLayout,
    /**
     * The document text, or its download (the page sends a PDF's text beside itself, not inside),
     * or how to ask for it: asked only when an OCR'd page's words are written.
     */
    text: string | Promise<string> | (() => Promise<string>),
    private readonly source: PdfSource,
    /** The document's pages with where their text came from (text layer, OCR, none), when known. */
    private readonly textSources: readonly PageTextSource[] = [],
    /** Each page's text range, when known without reading every page's items (packed layouts carry it). */
    spans?: readonly PageSpan[],
  ) {
    this.firstDrawn = new Promise((resolve) => (this.settleFirstDrawn = resolve));
    const known = typeof text === "function" ? null : Promise.resolve(text);
    // A text that failed to arrive is reported by the reader; the OCR pages then show no words.
    known?.catch(() => {});
    this.text = typeof text === "function" ? text : () => known!;
    this.spans = spans ?? pageSpansOfLayout(layout);
    this.highlights = new PdfHighlights(this.spans, () => this.pages.filter((p) => p.geometry && p.el.isConnected));
    // Fetching and parsing the file starts with the reader, not when the pages first show.
    if (typeof window !== "undefined") this.load();
  }

  private load(): Promise<void> {
    this.loading ??= this.source.open().then(
      (loaded) => {
        this.loaded = loaded;
        performance.mark("pdf:file-open");
        // With the pages not yet on screen, the worker reads the first page's text meanwhile; once
        // they are, the page is drawn at once and its text asked for right after, so that the
        // worker reads it while this thread paints the canvas.
        if (!this.scroller) this.readAheadFirst(loaded.doc);
        this.update();
      },
      (e: unknown) => this.fail(`The page view could not open the PDF: ${e instanceof Error ? e.message : String(e)}`),
    );
    return this.loading;
  }

  /**
   * Asks the worker for the text of the page that will be drawn first, so that it reads the page's
   * content and fonts while the reader is still being mounted rather than after.
   */
  private readAheadFirst(doc: PDFDocumentProxy): void {
    const first = this.layout.pages[this.queue[0] ?? (this.scroller ? this.pageAtY(this.scroller.scrollTop) : 0)];
    if (!first || isOcrPage(first) || this.pages[this.layout.pages.indexOf(first)]?.rendered) return;
    const content = doc.getPage(first.number).then((page) => page.getTextContent());
    content.catch(() => this.readAhead.delete(first.number));
    this.readAhead.set(first.number, content);
  }

  contentElement(): HTMLElement | null {
    return this.content;
  }

  scrollElement(): HTMLElement | null {
    return this.scroller;
  }

  setOnView(fn: ((view: ViewWindow) => void) | null): void {
    this.onView = fn;
    if (fn && this.view) fn(this.view);
  }

  /** Told when the file or a page cannot be drawn (at once, if that happened before). */
  setOnError(fn: ((message: string) => void) | null): void {
    this.onError = fn;
    if (fn && this.error) fn(this.error);
  }

  private fail(message: string): void {
    this.settleFirstDrawn();
    this.error = message;
    this.onError?.(message);
  }

  /** Callback ref for the scroll container; its `[data-pdf-pages]` child receives the page frames. */
  attach = (el: HTMLElement | null) => {
    if (el === this.scroller) return;
    this.scroller?.removeEventListener("scroll", this.onScroll);
    this.observer?.disconnect();
    for (const p of this.pages) p.clear();
    this.scroller = el;
    this.content = el?.querySelector<HTMLElement>(":scope > [data-pdf-pages]") ?? null;
    if (!el || !this.content) return;
    if (!this.pages.length) this.pages = this.layout.pages.map((p, i) => new PdfPageView(i, p, this.text, this.textSources.find((t) => t.number === p.number)));
    // The frames are sized before they enter the page: the column is measured without them, and
    // the page is laid out once with 200 sized frames rather than once unsized and again sized.
    this.width = -1;
    this.fit(false);
    this.content.replaceChildren(...this.pages.map((p) => p.el));
    el.addEventListener("scroll", this.onScroll, { passive: true });
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(el);
    void this.load();
    performance.mark("pdf:pages-attached");
    this.update();
  };

  /** Fits the widest page to the column when the column's width changes (then, unless told not to, redraws what is near). */
  private fit(redraw = true): void {
    const s = this.scroller;
    if (!s || s.clientWidth === this.width) return;
    const anchor = this.anchor();
    this.width = s.clientWidth;
    const widest = Math.max(1, ...this.layout.pages.map((p) => p.width));
    this.scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, (s.clientWidth - 2 * GAP) / widest));
    let y = 0;
    this.tops = this.pages.map((p) => {
      p.size(this.scale);
      const top = y;
      y += Math.floor(p.layout.height * this.scale) + GAP;
      return top;
    });
    for (const p of this.pages) p.clear();
    if (anchor) this.scrollToPage(anchor.index, anchor.fraction);
    if (redraw) this.update();
  }

  private pageTop(i: number): number {
    return (this.tops[i] ?? 0) + (this.content?.offsetTop ?? 0);
  }

  /** The page under the top of the screen, and how far down it. */
  private anchor(): { index: number; fraction: number } | null {
    const s = this.scroller;
    if (!s || !this.tops.length) return null;
    const index = this.pageAtY(s.scrollTop);
    const h = this.layout.pages[index]!.height * this.scale;
    return { index, fraction: (s.scrollTop - this.pageTop(index)) / Math.max(1, h) };
  }

  private scrollToPage(index: number, fraction: number): void {
    const s = this.scroller;
    if (!s) return;
    s.scrollTop = this.pageTop(index) + fraction * this.layout.pages[index]!.height * this.scale;
  }

  private pageAtY(y: number): number {
    const rel = y - (this.content?.offsetTop ?? 0);
    let lo = 0;
    let hi = this.tops.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.tops[mid]! <= rel) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private onScroll = () => this.update();

  /** Which pages to draw and which to empty, then the view window. */
  private update(): void {
    const s = this.scroller;
    if (!s || !this.pages.length) return;
    const first = this.pageAtY(s.scrollTop);
    const last = this.pageAtY(s.scrollTop + s.clientHeight);
    const near = { from: this.pageAtY(s.scrollTop - s.clientHeight), to: this.pageAtY(s.scrollTop + 2 * s.clientHeight) };
    const keep = { from: this.pageAtY(s.scrollTop - 3 * s.clientHeight), to: this.pageAtY(s.scrollTop + 4 * s.clientHeight) };
    const pinned = this.selectionPages();
    for (const p of this.pages) {
      if (p.rendered && (p.index < keep.from || p.index > keep.to) && !pinned.has(p.index)) p.clear();
    }
    const wanted: number[] = [];
    for (let i = first; i <= last; i++) wanted.push(i);
    for (let d = 1; first - d >= near.from || last + d <= near.to; d++) {
      if (last + d <= near.to) wanted.push(last + d);
      if (first - d >= near.from) wanted.push(first - d);
    }
    this.queue = wanted.filter((i) => !this.pages[i]!.rendered);
    void this.drain();
    const from = this.spans[first]!.start;
    const to = this.spans[last]!.end;
    if (this.view?.from !== from || this.view.to !== to) {
      this.view = { from, to };
      this.onView?.(this.view);
    }
  }

  /** Pages holding the ends of the selection being made: kept drawn, or the browser would drop it. */
  private selectionPages(): Set<number> {
    const out = new Set<number>();
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !this.content) return out;
    for (const n of [sel.anchorNode, sel.focusNode]) {
      const page = (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>(".pdf-page");
      if (page && this.content.contains(page)) out.add(Number(page.dataset.pageIndex));
    }
    return out;
  }

  /** Draws the queued pages one after another, nearest the screen first. */
  private async drain(): Promise<void> {
    if (this.drawing || !this.loaded) return;
    this.drawing = true;
    try {
      for (let i = this.queue.shift(); i !== undefined; i = this.queue.shift()) {
        const page = this.pages[i]!;
        if (page.rendered) continue;
        const { pdfjs, doc } = this.loaded;
        const readAhead = this.readAhead.get(page.layout.number);
        this.readAhead.delete(page.layout.number);
        await page.render(
          pdfjs,
          doc,
          this.scale,
          () => {
            this.highlights.paintPage(page);
            if (this.revealAt !== null) this.revealNow();
          },
          readAhead,
          !this.marked,
        );
        if (!this.marked && page.rendered) {
          this.marked = true;
          performance.mark("pdf:first-page-highlights");
          this.settleFirstDrawn();
        }
      }
    } catch (e) {
      this.fail(`A page could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.drawing = false;
    }
  }

  /** The span a DOM range selects on the pages (trimmed on `text`, the whole text), or null when it is not on them. */
  spanOfRange(range: AbstractRange, text: string): Span | null {
    if (!this.content) return null;
    const a = unitPointOf(range.startContainer, range.startOffset, this.content);
    const b = unitPointOf(range.endContainer, range.endOffset, this.content);
    if (!a || !b) return null;
    return spanBetween((p) => pageUnits(this.layout.pages[p]!), a, b, text);
  }

  /** The unit holding an offset on a page: its index and the character in its string. */
  private unitAt(pageIndex: number, offset: number, end: boolean): { unit: number; char: number } | null {
    const units = pageUnits(this.layout.pages[pageIndex]!);
    for (let u = 0; u < units.length; u++) {
      const r = units[u];
      if (r && (end ? r[0] < offset && offset <= r[1] : r[0] <= offset && offset < r[1])) {
        const length = this.content?.querySelector(`.pdf-page[data-page-index="${pageIndex}"] [data-unit="${u}"]`)?.textContent?.length ?? r[1] - r[0];
        return { unit: u, char: charInItem(r, length, offset) };
      }
    }
    return null;
  }

  /** Selects the words of a span on the pages; false while their pages are not drawn yet. */
  selectSpan(span: Span): boolean {
    if (!this.content) return false;
    const p0 = pageIndexAt(this.spans, span.start);
    const p1 = pageIndexAt(this.spans, Math.max(span.start, span.end - 1));
    const a = this.unitAt(p0, span.start, false);
    const b = this.unitAt(p1, span.end, true);
    const from = a && domPointOf(this.content, p0, a.unit, a.char);
    const to = b && domPointOf(this.content, p1, b.unit, b.char);
    if (!from || !to) return false;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }

  /** The document offset of the character under a point of the screen, from the pages' geometry. */
  characterAt(x: number, y: number): number | null {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>(".pdf-page");
    if (!el || !this.content?.contains(el)) return null;
    const page = this.pages[Number(el.dataset.pageIndex)];
    if (!page?.geometry) return null;
    const box = el.getBoundingClientRect();
    return offsetAtPoint(pageUnits(page.layout), page.geometry, (x - box.left) / this.scale, (y - box.top) / this.scale);
  }

  /** The page number of the page under the top of the screen. */
  currentPage(): number {
    const s = this.scroller;
    return s ? this.layout.pages[this.pageAtY(s.scrollTop + s.clientHeight * REVEAL_AT)]!.number : 1;
  }

  /** Scrolls to a page by number. */
  showPage(number: number): void {
    const i = this.layout.pages.findIndex((p) => p.number === number);
    if (i === -1 || !this.scroller) return;
    this.revealAt = null;
    this.scroller.scrollTop = this.pageTop(i);
    this.update();
  }

  /** Scrolls so that `offset` sits a third of the way down the screen, exactly once its page is known. */
  reveal(offset: number): void {
    if (!this.scroller) return;
    this.revealAt = offset;
    const i = pageIndexAt(this.spans, offset);
    this.scroller.scrollTop = this.pageTop(i) - this.scroller.clientHeight * REVEAL_AT;
    this.revealNow();
    this.update();
  }

  private revealNow(): void {
    const s = this.scroller;
    if (this.revealAt === null || !s) return;
    const i = pageIndexAt(this.spans, this.revealAt);
    const page = this.pages[i];
    if (!page?.geometry) return;
    const at = this.unitAt(i, this.revealAt, false);
    const box = at ? page.geometry[at.unit] : null;
    s.scrollTop = this.pageTop(i) + (box ? box.y * this.scale : 0) - s.clientHeight * REVEAL_AT;
    this.revealAt = null;
  }

  dispose(): void {
    this.attach(null);
    this.highlights.dispose();
    if (this.loaded) this.source.close(this.loaded.doc);
  }
}
