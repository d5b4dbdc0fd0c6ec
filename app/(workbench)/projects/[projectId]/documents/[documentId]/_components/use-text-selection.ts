"use client";
// Follows the document selection: when it lies in the text, the span it selects (exact UTF-16
// offsets, see dom-offsets.ts) and where to float the "Annotate" button, just below its end.
import { useEffect, useState } from "react";
import type { ReaderSurface, Span } from "@/lib/reader";

export interface PendingSelection {
  span: Span;
  /** Position of the button inside the scrolling text, in pixels. */
  top: number;
  left: number;
}

const same = (a: PendingSelection | null, b: PendingSelection | null) =>
  a === b || (!!a && !!b && a.span.start === b.span.start && a.span.end === b.span.end && a.top === b.top && a.left === b.left);

/** The selection as it is now (the hook's state trails it by a frame). */
export function readSelection(viewport: ReaderSurface, text: string): PendingSelection | null {
  const selection = window.getSelection();
  const content = viewport.contentElement();
  const scroller = viewport.scrollElement();
  if (!selection || selection.isCollapsed || !selection.rangeCount || !content || !scroller) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(content)) return null;
  const span = viewport.spanOfRange(range, text);
  if (!span) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const endBlock = (range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.parentElement : range.endContainer) as Element | null;
  const rtl = endBlock ? getComputedStyle(endBlock).direction === "rtl" : false;
  const x = (rtl ? last.left : last.right) - box.left;
  return {
    span,
    top: Math.round(last.bottom - box.top + scroller.scrollTop + 6),
    left: Math.round(Math.max(8, Math.min(x - 48, scroller.clientWidth - 150))),
  };
}

export function useTextSelection(viewport: ReaderSurface, text: string, enabled: boolean): PendingSelection | null {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = readSelection(viewport, text);
      setPending((current) => (same(current, next) ? current : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    document.addEventListener("selectionchange", schedule);
    // A selection made while the hook was off (before a PDF's text arrived) shows its button now.
    schedule();
    return () => {
      document.removeEventListener("selectionchange", schedule);
      cancelAnimationFrame(frame);
    };
  }, [viewport, text, enabled]);
  return enabled ? pending : null;
}
