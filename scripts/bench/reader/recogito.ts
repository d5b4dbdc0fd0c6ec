// Entry of the baseline page: the same text and annotations in @recogito/text-annotator 4 (its
// default renderer). Offsets are converted to the rendered text (paragraphs without the blank lines
// between them), which is what recogito counts. Marks `baseline:highlights-painted` a frame after
// its first highlight appears.
import { createTextAnnotator } from "@recogito/text-annotator";
import "@recogito/text-annotator/text-annotator.css";
import { splitParagraphs } from "../../../lib/reader";
import type { BenchData } from "./generate";

const { text, table } = (window as unknown as { __READER__: BenchData }).__READER__;
const container = document.getElementById("text")!;
const paragraphs = splitParagraphs(text);
const renderedStart: number[] = [];
let at = 0;
for (const p of paragraphs) {
  renderedStart.push(at);
  at += p.end - p.start;
  const el = document.createElement("p");
  el.textContent = p.text;
  container.appendChild(el);
}
const toRendered = (offset: number) => {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return renderedStart[lo]! + Math.min(offset - paragraphs[lo]!.start, paragraphs[lo]!.end - paragraphs[lo]!.start);
};

const observer = new MutationObserver(() => {
  if (!container.querySelector(".r6o-annotation")) return;
  observer.disconnect();
  requestAnimationFrame(() => performance.mark("baseline:highlights-painted"));
});
observer.observe(container, { childList: true, subtree: true });

const annotator = createTextAnnotator(container);
annotator.setAnnotations(
  table.rows.map(([id, start, end]) => ({
    id,
    bodies: [],
    target: { annotation: id, selector: [{ quote: text.slice(start, end), start: toRendered(start), end: toRendered(end) }] },
  })) as never,
);
performance.mark("baseline:annotations-set");
