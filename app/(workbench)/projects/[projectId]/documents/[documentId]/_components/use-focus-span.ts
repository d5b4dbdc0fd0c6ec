"use client";
// Opening the reader at a span (from search results or evidence links: `?start=&end=`): the
// annotation on exactly those words is opened and flashed; otherwise the words are scrolled into
// view and selected, ready to annotate.
import { useEffect } from "react";
import type { AnnotationIndex } from "../_lib/annotation-index";
import type { Span } from "../_lib/dom-offsets";
import { textNodeOf } from "../_lib/dom-offsets";
import type { TextViewport } from "../_lib/text-viewport";

/** Selects the words of a span in the rendered text; false while they are not rendered yet. */
export function selectSpan(span: Span): boolean {
  const blocks = [...document.querySelectorAll<HTMLElement>("[data-start][data-end]")];
  const at = (offset: number) => blocks.find((b) => Number(b.dataset.start) <= offset && offset <= Number(b.dataset.end));
  const first = at(span.start);
  const last = at(span.end) ?? first;
  const from = textNodeOf(first);
  const to = textNodeOf(last);
  if (!first || !last || !from || !to) return false;
  const range = document.createRange();
  range.setStart(from, span.start - Number(first.dataset.start));
  range.setEnd(to, Math.min(span.end - Number(last.dataset.start), to.length));
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

export function useFocusSpan(focus: Span | undefined, index: AnnotationIndex, viewport: TextViewport, open: (id: string, reveal: boolean) => void): void {
  useEffect(() => {
    if (!focus) return;
    const exact = index.items.find((a) => a.start === focus.start && a.end === focus.end);
    if (exact) return open(exact.id, true);
    viewport.reveal(focus.start);
    let tries = 0;
    const attempt = () => {
      if (!selectSpan(focus) && ++tries < 20) frame = requestAnimationFrame(attempt);
    };
    let frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
    // Only on arrival: later changes to the index must not pull the reader back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
