// What both views' highlights keep outside React, and how it changes: the state React hands over
// (annotations, filters, the open one, fresh ones), the hovered annotation, and the one flashing
// after a jump. The text viewport and the PDF pages paint it each in their own way.
import type { PaintState } from "./paint-highlights";

export type ReaderPaintState = Omit<PaintState, "hoveredId" | "flashId">;

const FLASH_MS = 1600;

export abstract class HighlightStates {
  protected state: ReaderPaintState | null = null;
  protected hoveredId: string | null = null;
  protected flashId: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  abstract paint(): unknown;

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

  dispose(): void {
    clearTimeout(this.flashTimer);
  }
}
