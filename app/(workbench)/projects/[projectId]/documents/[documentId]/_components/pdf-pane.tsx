"use client";
// The page view of a PDF source: the pages as they look (drawn by pdf.js, only those near the
// screen), the project's highlights on them, and pdf.js's text layer on top so that words can be
// selected. A click on a highlight opens its annotation, as in the text view; hovering shows which
// one a click would open. The engine (pdf-viewport.ts) owns the scroll container.
import { type MouseEvent, type ReactNode, useCallback, useRef } from "react";
import "./pdf-pane.css";
import type { Ann, PdfViewport } from "@/lib/reader";

interface Props {
  viewport: PdfViewport;
  language: string | null;
  hitTest: (offset: number) => Ann[];
  onPick: (hits: Ann[]) => void;
  children?: ReactNode;
}

export function PdfPane({ viewport, language, hitTest, onPick, children }: Props) {
  const frame = useRef(0);
  const attach = useCallback((el: HTMLElement | null) => viewport.attach(el), [viewport]);

  const hitsAt = (x: number, y: number): Ann[] => {
    const offset = viewport.characterAt(x, y);
    return offset === null ? [] : hitTest(offset);
  };

  const onMouseMove = (e: MouseEvent<HTMLElement>) => {
    const { clientX, clientY, currentTarget } = e;
    if (frame.current || e.buttons) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const hit = hitsAt(clientX, clientY)[0];
      currentTarget.classList.toggle("rd-over-annotation", !!hit);
      viewport.highlights.setHovered(hit?.id ?? null);
    });
  };

  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || !window.getSelection()?.isCollapsed) return;
    const hits = hitsAt(e.clientX, e.clientY);
    if (hits.length) onPick(hits);
  };

  return (
    <article
      ref={attach}
      className="rd-pdf"
      lang={language ?? undefined}
      aria-label="Document pages"
      aria-describedby="rd-text-help"
      tabIndex={0}
      onMouseMove={onMouseMove}
      onMouseLeave={(e) => {
        e.currentTarget.classList.remove("rd-over-annotation");
        viewport.highlights.setHovered(null);
      }}
      onClick={onClick}
    >
      <div data-pdf-pages="" className="pdf-pages" />
      {children}
    </article>
  );
}
