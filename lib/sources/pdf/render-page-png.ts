// A page rendered to PNG for OCR, in Node: pdf.js draws on the canvas of @napi-rs/canvas, which
// pdfjs-dist installs as its own (optional) dependency for exactly this; no system library needed.
import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api";

type NodeCanvas = { toBuffer(mime: "image/png"): Buffer };
type CanvasAndContext = { canvas: NodeCanvas; context: CanvasRenderingContext2D };
type CanvasFactory = { create(width: number, height: number): CanvasAndContext; destroy(c: CanvasAndContext): void };

export async function renderPagePng(page: PDFPageProxy, scale: number, canvasFactory: unknown): Promise<Uint8Array> {
  const factory = canvasFactory as CanvasFactory;
  const viewport = page.getViewport({ scale });
  const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    target.context.fillStyle = "#ffffff";
    target.context.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: target.context, viewport, canvas: null }).promise;
    return new Uint8Array(target.canvas.toBuffer("image/png"));
  } finally {
    factory.destroy(target);
  }
}
