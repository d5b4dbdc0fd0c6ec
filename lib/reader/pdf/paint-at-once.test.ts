// The switch reaches into pdf.js's render task: these tests hold the pinned pdf.js to having it
// (an upgrade that renames it fails here, not silently in the reader) and show that a switched
// task still paints the whole page.
import { createRequire } from "node:module";
import path from "node:path";
import { type Canvas, createCanvas } from "@napi-rs/canvas";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import type { RenderTask } from "pdfjs-dist";
import { describe, expect, it } from "vitest";
import { makeSimplePdf } from "@/test/support/pdf";
import { paintAtOnce } from "./paint-at-once";

const fonts = `${path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/standard_fonts/`;

/** Dark pixels in a band of the canvas. */
function darkPixels(canvas: Canvas, x: number, y: number, w: number, h: number): number {
  const { data } = canvas.getContext("2d").getImageData(x, y, w, h);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
  return dark;
}

describe("paintAtOnce", () => {
  it("switches a pdf.js render task to continue at once, and the page is still painted whole", async () => {
    const doc = await pdfjs.getDocument({ data: await makeSimplePdf(["Evin, summer 1988"]), isEvalSupported: false, standardFontDataUrl: fonts }).promise;
    try {
      const page = await doc.getPage(1);
      const viewport = page.getViewport({ scale: 1 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const task = page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport });
      const internal = (task as unknown as { _internalRenderTask: { _useRequestAnimationFrame: unknown } })._internalRenderTask;
      expect(typeof internal._useRequestAnimationFrame).toBe("boolean");
      expect(paintAtOnce(task as unknown as RenderTask)).toBe(true);
      expect(internal._useRequestAnimationFrame).toBe(false);
      await task.promise;
      // The line is drawn at x=72, y=760 from the bottom: dark pixels on the band it occupies, none below it.
      expect(darkPixels(canvas, 72, Math.round(viewport.height - 772), 120, 14)).toBeGreaterThan(50);
      expect(darkPixels(canvas, 72, Math.round(viewport.height - 700), 120, 14)).toBe(0);
    } finally {
      await doc.destroy();
    }
  });

  it("leaves a task without the switch to pdf.js's own scheduling", () => {
    expect(paintAtOnce({ _internalRenderTask: null } as unknown as RenderTask)).toBe(false);
    const task = { _internalRenderTask: {} };
    expect(paintAtOnce(task as unknown as RenderTask)).toBe(false);
    expect(task._internalRenderTask).toEqual({});
  });
});
