// pdf.js paints a page in slices of 15 ms, each on the next animation frame, so that scrolling
// stays smooth while pages far down are drawn. For the first page of a freshly opened reader
// that costs more than it saves: each frame waits for the compositor to raster the page around
// it, and on a busy two-core machine the trace showed 150-190 ms between 15 ms slices, most of
// the time the first page took to appear. This makes one render task continue its slices at once
// (as pdf.js does for printing) instead of on the next frame; it still stops to wait for fonts
// and images as they arrive. The switch is a field of pdf.js's internal task (pinned version):
// when it is not there, the task keeps pdf.js's own scheduling.
import type { RenderTask } from "pdfjs-dist";

interface InternalTask {
  _useRequestAnimationFrame?: unknown;
}

/** Answers whether the task was switched to continue at once. */
export function paintAtOnce(task: RenderTask): boolean {
  const internal = (task as unknown as { _internalRenderTask?: InternalTask | null })._internalRenderTask;
  if (!internal || typeof internal._useRequestAnimationFrame !== "boolean") return false;
  internal._useRequestAnimationFrame = false;
  return true;
}
