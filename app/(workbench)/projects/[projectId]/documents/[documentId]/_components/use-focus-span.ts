"use client";
// Opening the reader at a span (from search results or evidence links: `?start=&end=`): the
// annotation on exactly those words is opened and flashed; otherwise the words are scrolled into
// view and selected, ready to annotate. A page view may take a moment to draw the page, so the
// selection is retried for a while (about two seconds of frames). A long text's reader first shows
// only the text's opening: the span is opened once the surface holds the whole text (`ready`).
import { useEffect } from "react";
import type { AnnotationIndex, ReaderSurface, Span } from "@/lib/reader";

const TRIES = 120;

/** Reveals a span and selects its words once they are drawn; answers a function that stops trying. */
export function revealAndSelect(surface: ReaderSurface, span: Span): () => void {
  surface.reveal(span.start);
  let tries = 0;
  const attempt = () => {
    if (!surface.selectSpan(span) && ++tries < TRIES) frame = requestAnimationFrame(attempt);
  };
  let frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}

export function useFocusSpan(focus: Span | undefined, index: AnnotationIndex, viewport: ReaderSurface, open: (id: string, reveal: boolean) => void, ready = true): void {
  useEffect(() => {
    // `ready` turns true once and never back, so this runs once with it.
    if (!focus || !ready) return;
    const exact = index.items.find((a) => a.start === focus.start && a.end === focus.end);
    if (exact) return open(exact.id, true);
    return revealAndSelect(viewport, focus);
    // Only on arrival (or once the whole text has): later changes to the index must not pull the reader back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
}
