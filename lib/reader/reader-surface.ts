// What the reader needs from the surface the document is shown on: the text view (virtualised
// paragraphs, text-viewport.ts) or the page view of a PDF (pdf/pdf-viewport.ts). Both speak in
// offsets into the document text, so annotating, opening, revealing and selecting work the same
// on either, and an annotation made on the page is the one the text view would make.
import type { Span } from "./dom-offsets";
import type { ViewWindow } from "./text-viewport";
import type { ReaderPaintState } from "./viewport-highlights";

export interface ReaderSurface {
  readonly highlights: {
    setState(state: ReaderPaintState): void;
    setHovered(id: string | null): void;
    /** Briefly marks an annotation strongly, so the eye finds it after a jump. */
    flash(id: string): void;
  };
  /** Scrolls so that the character at `offset` comes into view. */
  reveal(offset: number): void;
  /** Told whenever the part of the text on screen changes. */
  setOnView(fn: ((view: ViewWindow) => void) | null): void;
  contentElement(): HTMLElement | null;
  scrollElement(): HTMLElement | null;
  /** The span of the text a DOM range selects on this surface, trimmed; null when it selects none. */
  spanOfRange(range: AbstractRange, text: string): Span | null;
  /** Selects the words of a span; false while they are not drawn yet. */
  selectSpan(span: Span): boolean;
}
