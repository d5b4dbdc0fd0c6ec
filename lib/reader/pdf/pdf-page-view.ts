// One page of the PDF view: a frame sized from the layout (so the scroll height is right before
// anything is drawn), and, once near the screen, the canvas pdf.js paints, the highlight boxes
// and pdf.js's text layer on top (transparent words that the mouse selects). Each text layer span
// carries data-unit, its index among the page's text items; OCR'd pages get a span per recognised
// word instead. Far from the screen the page is emptied again, so memory stays flat.
import type { PDFDocumentProxy, RenderTask, TextLayer } from "pdfjs-dist";
import type { TextContent } from "pdfjs-dist/types/src/display/api";
import { itemBox, ocrWordBox, type UnitBox } from "@/lib/pdf-view/page-boxes";
import { isOcrPage } from "@/lib/pdf-view/page-units";
import { pageNote, type PageTextSource } from "@/lib/pdf-view/page-note";
import type { TPdfLayoutPage } from "@/lib/pdf-view/pdf-layout";
import type { PdfJs } from "./load-pdfjs";
import { paintAtOnce } from "./paint-at-once";

export class PdfPageView {
  readonly el: HTMLElement;
  readonly highlightLayer: HTMLElement;
  /** Each unit's box at scale 1, known once the page's text content has been read. */
  geometry: (UnitBox | null)[] | null = null;
  textLayerEl: HTMLElement | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private task: RenderTask | null = null;
  private textLayer: TextLayer | null = null;
  private generation = 0;
  rendered = false;

  constructor(
    readonly index: number,
    readonly layout: TPdfLayoutPage,
    /** The document text (only an OCR'd page's words need it, after its canvas and highlights). */
    private readonly text: () => Promise<string>,
    source?: PageTextSource,
  ) {
    this.el = document.createElement("div");
    this.el.className = "pdf-page";
    this.el.dataset.pageIndex = String(index);
    this.el.dataset.pageNumber = String(layout.number);
    this.el.setAttribute("role", "region");
    const note = pageNote(source);
    this.el.setAttribute("aria-label", note ? `Page ${layout.number} (${note})` : `Page ${layout.number}`);
    if (note) {
      // Where this page's words came from, on the page itself (a scan read by OCR is less sure than a text layer).
      const badge = document.createElement("p");
      badge.className = `pdf-page-note pdf-page-note-${source?.textLayer}`;
      badge.dataset.testid = "pdf-page-note";
      badge.textContent = note;
      this.el.append(badge);
    }
    this.highlightLayer = document.createElement("div");
    this.highlightLayer.className = "pdf-highlights";
    this.highlightLayer.setAttribute("aria-hidden", "true");
    this.el.append(this.highlightLayer);
  }

  /** Sizes the frame for a scale (CSS pixels per PDF point). */
  size(scale: number): void {
    this.el.style.width = `${Math.floor(this.layout.width * scale)}px`;
    this.el.style.height = `${Math.floor(this.layout.height * scale)}px`;
    this.el.style.setProperty("--total-scale-factor", String(scale));
  }

  /**
   * Draws the page at a scale; `onGeometry` runs as soon as the boxes are known (before the text
   * layer). `readAhead`: the page's text content when it was asked for before the page was drawn.
   * `urgent`: nothing else is on screen yet, so the canvas is painted without waiting for frames.
   */
  async render(pdfjs: PdfJs, doc: PDFDocumentProxy, scale: number, onGeometry: () => void, readAhead?: Promise<TextContent>, urgent = false): Promise<void> {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation;
    const page = await doc.getPage(this.layout.number);
    if (stale()) return;
    const viewport = page.getViewport({ scale });
    const ocr = isOcrPage(this.layout);
    // The canvas and the text content are worked on at once (the worker parses, the page paints).
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.className = "pdf-canvas";
    canvas.setAttribute("aria-hidden", "true");
    this.task?.cancel();
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    this.task = task;
    if (urgent) paintAtOnce(task);
    const drawn = task.promise.then(
      () => true,
      (e: unknown) => {
        if (stale()) return false;
        throw e;
      },
    );
    const content = ocr ? null : await (readAhead ?? page.getTextContent());
    if (stale()) return;
    if (!this.geometry) {
      const unit = page.getViewport({ scale: 1 }).transform;
      this.geometry = ocr
        ? this.layout.ocrWords!.map(ocrWordBox)
        : content!.items.map((item) => ("str" in item ? itemBox(unit, item) : null));
    }
    onGeometry();
    if (!(await drawn) || stale()) return;
    this.canvas?.remove();
    this.canvas = canvas;
    this.el.prepend(canvas);

    const layer = document.createElement("div");
    layer.className = "textLayer";
    if (ocr) {
      const text = await this.text().catch(() => null);
      if (stale() || text === null) return;
      this.ocrLayer(layer, text);
    } else {
      this.textLayer = new pdfjs.TextLayer({ textContentSource: content!, container: layer, viewport });
      await this.textLayer.render();
      if (stale()) return;
      this.textLayer.textDivs.forEach((div, i) => (div.dataset.unit = String(i)));
    }
    this.textLayerEl?.remove();
    this.textLayerEl = layer;
    this.el.append(layer);
    this.rendered = true;
  }

  /**
   * OCR words as transparent, selectable spans over the scanned image, with what separates them in
   * the text between them (a space, or a line break where the text has one), so that copying
   * selected words gives "met in Evin", not "metinEvin": the words are placed one by one and the
   * browser puts nothing between them of itself.
   */
  private ocrLayer(layer: HTMLElement, text: string): void {
    const { width, height } = this.layout;
    let previous: NonNullable<TPdfLayoutPage["ocrWords"]>[number] | null = null;
    for (const [i, w] of (this.layout.ocrWords ?? []).entries()) {
      const gap = previous ? text.slice(previous[5], w[4]) : "";
      if (previous && gap.includes("\n")) {
        const br = document.createElement("br");
        br.setAttribute("role", "presentation");
        layer.append(br);
      } else if (previous && /\s/.test(gap)) {
        // A space where the previous word ends (its selection shows there), as tall as that word.
        const space = document.createElement("span");
        space.className = "pdf-ocr-gap";
        space.textContent = " ";
        space.style.setProperty("--font-height", `${(previous[3] - previous[1]).toFixed(2)}px`);
        space.style.left = `${(100 * previous[2]) / width}%`;
        space.style.top = `${(100 * previous[1]) / height}%`;
        layer.append(space);
      }
      previous = w;
      const span = document.createElement("span");
      span.className = "pdf-ocr-word";
      span.dataset.unit = String(i);
      span.textContent = text.slice(w[4], w[5]);
      span.style.setProperty("--font-height", `${(w[3] - w[1]).toFixed(2)}px`);
      span.style.left = `${(100 * w[0]) / width}%`;
      span.style.top = `${(100 * w[1]) / height}%`;
      span.style.width = `${(100 * (w[2] - w[0])) / width}%`;
      span.style.height = `${(100 * (w[3] - w[1])) / height}%`;
      layer.append(span);
    }
  }

  /** Empties the page (keeps its geometry, which is small and lets highlights be placed at once). */
  clear(): void {
    this.generation++;
    this.task?.cancel();
    this.task = null;
    this.textLayer?.cancel();
    this.textLayer = null;
    this.canvas?.remove();
    this.canvas = null;
    this.textLayerEl?.remove();
    this.textLayerEl = null;
    this.rendered = false;
  }
}
